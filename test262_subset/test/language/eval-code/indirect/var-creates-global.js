// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-performeval
description: indirect eval var declarations become deletable global properties
---*/

(0, eval)('var fromIndirect = 3;');
assert.sameValue(globalThis.fromIndirect, 3);
var d = Object.getOwnPropertyDescriptor(globalThis, 'fromIndirect');
assert.sameValue(d.configurable, true);
