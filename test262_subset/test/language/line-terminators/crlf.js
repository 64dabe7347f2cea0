// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-line-terminators
description: CR, LF, CRLF, LS and PS are line terminators
---*/

assert.sameValue(eval('var ltA = 1\r\nltA + 1'), 2);
assert.sameValue(eval('1\u2028+1'), 2);
