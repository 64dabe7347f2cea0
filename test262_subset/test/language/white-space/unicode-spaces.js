// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-white-space
description: NBSP, BOM and other Zs characters are white space
---*/

var r = eval('1\u00A0+\uFEFF2\u3000');
assert.sameValue(r, 3);
