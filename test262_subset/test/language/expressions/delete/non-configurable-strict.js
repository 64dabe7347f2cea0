// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-delete-operator
description: deleting a non-configurable property throws TypeError in strict mode
flags: [onlyStrict]
---*/

var o = {};
Object.defineProperty(o, 'x', { value: 1, configurable: false });
assert.throws(TypeError, function () { delete o.x; });
