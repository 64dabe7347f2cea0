// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-directive-prologues-and-the-use-strict-directive
description: an escaped use strict is not a use strict directive
flags: [noStrict]
---*/

function f() { 'use\u0020strict'; return this; }
assert.sameValue(f(), globalThis);
