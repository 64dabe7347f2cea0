// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-json.parse
description: JSON.parse rejects non-JSON syntax
---*/

assert.throws(SyntaxError, function () { JSON.parse("{'a':1}"); });
assert.throws(SyntaxError, function () { JSON.parse('[1,]'); });
assert.throws(SyntaxError, function () { JSON.parse('01'); });
assert.throws(SyntaxError, function () { JSON.parse(''); });
assert.throws(SyntaxError, function () { JSON.parse('undefined'); });
