// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-validateandapplypropertydescriptor
description: a non-configurable property cannot be changed incompatibly
---*/

var o = {};
Object.defineProperty(o, 'x', { value: 1, writable: false, configurable: false });
assert.throws(TypeError, function () { Object.defineProperty(o, 'x', { value: 2 }); });
assert.throws(TypeError, function () { Object.defineProperty(o, 'x', { enumerable: true }); });
Object.defineProperty(o, 'x', { value: 1 });
assert.sameValue(o.x, 1);
