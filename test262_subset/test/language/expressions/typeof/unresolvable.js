// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-typeof-operator
description: typeof of an undeclared name is 'undefined', not an error
---*/

assert.sameValue(typeof notDeclaredAnywhere, 'undefined');
