// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-keywords-and-reserved-words
description: let, yield and async are identifiers in sloppy code
flags: [noStrict]
---*/

var let = 1, yield = 2, async = 3;
assert.sameValue(let + yield + async, 6);
