// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-expression-statement
description: an expression statement cannot start with function; parenthesized is fine
---*/

var r = (function () { return 'iife'; })();
assert.sameValue(r, 'iife');
assert.sameValue(eval('(function () {}) ? 1 : 2'), 1);
