// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-generator-function-definitions
description: generator methods in object literals and classes
includes: [compareArray.js]
features: [generators, class]
---*/

var o = { *g() { yield 'o'; } };
class C { static *g() { yield 'c'; } }
assert.compareArray([...o.g(), ...C.g()], ['o', 'c']);
