// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype.tostring
description: String.prototype.toString throws on non-strings
---*/

assert.sameValue(new String('w').toString(), 'w');
assert.throws(TypeError, function () { String.prototype.toString.call({}); });
