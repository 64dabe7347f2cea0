// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-directive-prologues-and-the-use-strict-directive
description: use strict later in the prologue still applies
flags: [noStrict]
---*/

function f() { 'other'; 'use strict'; return this; }
assert.sameValue(f(), undefined);
