// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-parsefloat-string
description: parseFloat parses the longest valid prefix
---*/

assert.sameValue(parseFloat('3.14abc'), 3.14);
assert.sameValue(parseFloat('  -.5e1'), -5);
assert.sameValue(parseFloat('Infinityx'), Infinity);
assert.sameValue(parseFloat('0x10'), 0);
assert.sameValue(parseFloat('e5'), NaN);
