// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-assignment-operators
description: "&&= assigns only when the target is truthy"
features: [logical-assignment-operators]
---*/

var a = 1, b = 0;
a &&= 5;
b &&= 5;
assert.sameValue(a, 5);
assert.sameValue(b, 0);
