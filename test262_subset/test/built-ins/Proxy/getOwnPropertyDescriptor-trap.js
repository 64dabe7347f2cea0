// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-proxy-object-internal-methods-and-internal-slots-getownproperty-p
description: getOwnPropertyDescriptor and defineProperty traps
---*/

var defined;
var p = new Proxy({}, {
  getOwnPropertyDescriptor: function (t, k) { return { value: 'v', configurable: true, enumerable: true, writable: true }; },
  defineProperty: function (t, k, d) { defined = k + '=' + d.value; return Reflect.defineProperty(t, k, d); }
});
assert.sameValue(Object.getOwnPropertyDescriptor(p, 'q').value, 'v');
Object.defineProperty(p, 'z', { value: 3, configurable: true });
assert.sameValue(defined, 'z=3');
