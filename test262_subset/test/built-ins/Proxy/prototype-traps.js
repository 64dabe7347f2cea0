// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-proxy-object-internal-methods-and-internal-slots-getprototypeof
description: getPrototypeOf trap and its invariant
---*/

var proto = {};
var p = new Proxy({}, { getPrototypeOf: function () { return proto; } });
assert.sameValue(Object.getPrototypeOf(p), proto);
assert.sameValue(proto.isPrototypeOf(p), true);
var t = Object.preventExtensions({});
var bad = new Proxy(t, { getPrototypeOf: function () { return proto; } });
assert.throws(TypeError, function () { Object.getPrototypeOf(bad); });
