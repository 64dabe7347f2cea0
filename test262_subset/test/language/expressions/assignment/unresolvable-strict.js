// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-putvalue
description: assigning to an undeclared variable throws in strict mode
flags: [onlyStrict]
---*/

assert.throws(ReferenceError, function () { undeclaredStrictTarget = 1; });
