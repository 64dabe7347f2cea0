// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-generatorfunction-objects
description: generator objects inherit from the generator function's prototype
features: [generators]
---*/

function* g() {}
var it = g();
assert.sameValue(Object.getPrototypeOf(it), g.prototype);
var GeneratorPrototype = Object.getPrototypeOf(g.prototype);
assert.sameValue(typeof GeneratorPrototype.next, 'function');
assert.sameValue(it[Symbol.iterator](), it);
