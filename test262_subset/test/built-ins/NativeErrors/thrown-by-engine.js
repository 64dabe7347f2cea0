// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-native-error-types-used-in-this-standard
description: the engine throws the right native error types
---*/

assert.throws(ReferenceError, function () { undefinedVariableXYZ; });
assert.throws(TypeError, function () { null.f(); });
assert.throws(RangeError, function () { new Array(-1); });
assert.throws(SyntaxError, function () { eval('('); });
assert.throws(URIError, function () { decodeURIComponent('%'); });
