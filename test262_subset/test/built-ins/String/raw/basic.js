// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.raw
description: String.raw returns the raw template text
---*/

assert.sameValue(String.raw`a\n${1}b`, 'a\\n1b');
assert.sameValue(String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3), 'x1y2z');
