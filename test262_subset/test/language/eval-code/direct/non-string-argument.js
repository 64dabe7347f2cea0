// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-performeval
description: eval returns non-string arguments unchanged
---*/

var o = {};
assert.sameValue(eval(o), o);
assert.sameValue(eval(5), 5);
assert.sameValue(eval(), undefined);
