// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-destructuring-binding-patterns
description: destructuring in function parameters
---*/

function f({ a, b = 2 }, [c, ...d]) { return a + b + c + d.length; }
assert.sameValue(f({ a: 1 }, [3, 0, 0]), 8);
assert.throws(TypeError, function () { f(undefined, []); });
