// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-destructuring-binding-patterns
description: array binding patterns with nesting, defaults and rest
---*/

var [a, [b, c] = [2, 3], ...rest] = [1, undefined, 4, 5];
assert.sameValue(a + b + c, 6);
assert.sameValue(rest.length, 2);
let [x = 'dx', y = x + '!'] = [];
assert.sameValue(y, 'dx!');
