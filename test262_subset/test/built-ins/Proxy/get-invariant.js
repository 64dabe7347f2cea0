// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-proxy-object-internal-methods-and-internal-slots-get-p-receiver
description: get must report the value of a non-writable non-configurable property
---*/

var t = {};
Object.defineProperty(t, 'c', { value: 1, writable: false, configurable: false });
var p = new Proxy(t, { get: function () { return 2; } });
assert.throws(TypeError, function () { p.c; });
