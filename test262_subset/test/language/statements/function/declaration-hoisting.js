// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-function-definitions
description: function declarations are hoisted with their value
---*/

assert.sameValue(f(), 'f');
function f() { return 'f'; }
