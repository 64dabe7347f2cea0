// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object-initializer-runtime-semantics-propertydefinitionevaluation
description: a later data property replaces an earlier accessor in a literal
---*/

var o = { get x() { return 1; }, x: 2 };
assert.sameValue(Object.getOwnPropertyDescriptor(o, 'x').value, 2);
