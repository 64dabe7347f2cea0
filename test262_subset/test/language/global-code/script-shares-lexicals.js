// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-globaldeclarationinstantiation
description: later scripts see earlier scripts' let bindings
---*/

$262.evalScript('let sharedLex = "s";');
assert.sameValue($262.evalScript('sharedLex'), 's');
assert.sameValue(sharedLex, 's');
