// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-ordinaryhasinstance
description: instanceof with a bound function uses the target
---*/

function F() {}
var B = F.bind(null);
assert.sameValue(new F() instanceof B, true);
