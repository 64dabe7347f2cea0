// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.keys
description: Object.keys throws on null and undefined
---*/

assert.throws(TypeError, function () { Object.keys(null); });
assert.throws(TypeError, function () { Object.keys(undefined); });
