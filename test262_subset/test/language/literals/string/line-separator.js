// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-literals-string-literals
description: U+2028 and U+2029 are allowed in string literals
---*/

assert.sameValue(eval("'\u2028'").length, 1);
assert.sameValue(eval("'\u2029'").charCodeAt(0), 0x2029);
