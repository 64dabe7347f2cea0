// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-performeval
description: let declarations in eval code are local to the eval
---*/

eval('let scopedToEval = 1;');
assert.sameValue(typeof scopedToEval, 'undefined');
