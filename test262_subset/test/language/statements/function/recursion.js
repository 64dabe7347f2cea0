// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-function-definitions
description: a function can call itself recursively
---*/

function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
assert.sameValue(fib(15), 610);
