// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-number.parsefloat
description: Number.parseFloat and Number.parseInt are the global functions
---*/

assert.sameValue(Number.parseFloat, parseFloat);
assert.sameValue(Number.parseInt, parseInt);
