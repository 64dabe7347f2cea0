// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-serializejsonobject
description: cyclic structures throw TypeError; BigInt throws TypeError
---*/

var o = {};
o.self = o;
assert.throws(TypeError, function () { JSON.stringify(o); });
assert.throws(TypeError, function () { JSON.stringify(1n); });
