// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-iteratorprototype.reduce
description: consuming iterator helpers
features: [iterator-helpers]
---*/

function* g() { yield 1; yield 2; yield 3; }
assert.sameValue(g().reduce(function (a, b) { return a + b; }), 6);
assert.sameValue(g().some(function (x) { return x > 2; }), true);
assert.sameValue(g().every(function (x) { return x > 2; }), false);
assert.sameValue(g().find(function (x) { return x > 1; }), 2);
var seen = 0;
g().forEach(function () { seen++; });
assert.sameValue(seen, 3);
