// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-performeval
description: a syntax error in eval code throws SyntaxError at runtime
---*/

assert.throws(SyntaxError, function () { eval('var 1x;'); });
