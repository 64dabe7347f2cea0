// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-generatorfunction-constructor
description: the GeneratorFunction constructor creates generators
features: [generators]
---*/

var GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
var g = new GeneratorFunction('a', 'yield a; yield a + 1;');
var it = g(5);
assert.sameValue(it.next().value, 5);
assert.sameValue(it.next().value, 6);
assert.sameValue(Object.getPrototypeOf(g), GeneratorFunction.prototype);
