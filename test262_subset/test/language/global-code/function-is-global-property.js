// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-globaldeclarationinstantiation
description: global function declarations are properties of the global object
---*/

function globalFn() {}
assert.sameValue(globalThis.globalFn, globalFn);
