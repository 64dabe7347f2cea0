// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-method-definitions-runtime-semantics-propertydefinitionevaluation
description: getters and setters get 'get x' and 'set x' names
---*/

var o = { get x() { return 1; }, set x(v) {} };
var d = Object.getOwnPropertyDescriptor(o, 'x');
assert.sameValue(d.get.name, 'get x');
assert.sameValue(d.set.name, 'set x');
