// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-rules-of-automatic-semicolon-insertion
description: a newline before ++ makes it prefix on the next line
---*/

var a = 1, b = 1;
a
++b
assert.sameValue(a, 1);
assert.sameValue(b, 2);
