// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-performeval
description: direct eval in strict code gets its own variable environment
flags: [onlyStrict]
---*/

function f() { eval('var inner = 1'); return typeof inner; }
assert.sameValue(f(), 'undefined');
