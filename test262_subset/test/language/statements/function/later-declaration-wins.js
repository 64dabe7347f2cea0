// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-globaldeclarationinstantiation
description: the last of duplicate function declarations wins
---*/

assert.sameValue(g(), 2);
function g() { return 1; }
function g() { return 2; }
