// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-additional-syntax-numeric-literals
description: legacy octal literals in sloppy code
flags: [noStrict]
---*/

assert.sameValue(010, 8);
assert.sameValue(08, 8);
