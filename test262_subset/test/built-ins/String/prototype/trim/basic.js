// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype.trim
description: trim removes white space and line terminators
---*/

assert.sameValue(' \t\n\u00A0\uFEFFx\u2028 '.trim(), 'x');
assert.sameValue('  x '.trimStart(), 'x ');
assert.sameValue('  x '.trimEnd(), '  x');
