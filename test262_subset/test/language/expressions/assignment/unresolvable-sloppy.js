// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-putvalue
description: assigning to an undeclared variable creates a global in sloppy mode
flags: [noStrict]
---*/

implicitGlobal = 3;
assert.sameValue(globalThis.implicitGlobal, 3);
