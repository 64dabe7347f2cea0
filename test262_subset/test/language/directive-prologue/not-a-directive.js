// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-directive-prologues-and-the-use-strict-directive
description: a use strict string after a statement is not a directive
flags: [noStrict]
---*/

function f() { var x; 'use strict'; return this; }
assert.sameValue(f(), globalThis);
