// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-createdynamicfunction
description: a bad body throws SyntaxError
---*/

assert.throws(SyntaxError, function () { Function('return {'); });
assert.throws(SyntaxError, function () { Function('a)', ''); });
