// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-arrow-function-definitions
description: a parenthesized object literal as concise body
---*/

var f = (x) => ({ x });
assert.sameValue(f(2).x, 2);
var g = x => { x; };
assert.sameValue(g(2), undefined);
