// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-destructuring-binding-patterns
description: object binding patterns with renaming, computed keys and rest
features: [object-rest]
---*/

var key = 'k';
const { a, b: renamed, [key]: comp, nested: { deep } = { deep: 'd' }, ...others } = { a: 1, b: 2, k: 3, z: 26 };
assert.sameValue(a, 1);
assert.sameValue(renamed, 2);
assert.sameValue(comp, 3);
assert.sameValue(deep, 'd');
assert.sameValue(Object.keys(others).join(), 'z');
