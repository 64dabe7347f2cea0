// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-class-definitions
description: class expressions, named and anonymous
features: [class]
---*/

var A = class {};
var B = class Named { who() { return Named.name; } };
assert.sameValue(A.name, 'A');
assert.sameValue(new B().who(), 'Named');
assert.sameValue(typeof Named, 'undefined');
