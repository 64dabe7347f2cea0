// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.defineproperty
description: defining accessor properties
---*/

var o = {}, stored;
Object.defineProperty(o, 'v', { get: function () { return 'got'; }, set: function (x) { stored = x; }, configurable: true });
assert.sameValue(o.v, 'got');
o.v = 5;
assert.sameValue(stored, 5);
assert.throws(TypeError, function () { Object.defineProperty({}, 'bad', { get: function () {}, value: 1 }); });
