// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-proxy-object-internal-methods-and-internal-slots-ownpropertykeys
description: ownKeys must report non-configurable keys
---*/

var target = {};
Object.defineProperty(target, 'fixed', { value: 1, configurable: false });
var p = new Proxy(target, { ownKeys: function () { return []; } });
assert.throws(TypeError, function () { Object.keys(p); });
var q = new Proxy({ a: 1, b: 2 }, { ownKeys: function () { return ['b', 'a']; } });
assert.sameValue(Object.keys(q).join(), 'b,a');
