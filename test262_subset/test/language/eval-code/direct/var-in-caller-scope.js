// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-performeval
description: direct sloppy eval declares vars in the caller's scope
flags: [noStrict]
---*/

function f() { eval('var inner = 1'); return inner; }
assert.sameValue(f(), 1);
