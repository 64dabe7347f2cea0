// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-globaldeclarationinstantiation
description: global let/const do not create global object properties
---*/

let globalLet = 1;
const globalConst = 2;
assert.sameValue(globalThis.hasOwnProperty('globalLet'), false);
assert.sameValue(globalThis.globalConst, undefined);
