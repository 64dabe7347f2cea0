// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-runtime-semantics-classdefinitionevaluation
description: the class name inside the body is an immutable binding
features: [class]
---*/

class C { static m() { C = 1; } }
assert.throws(TypeError, function () { C.m(); });
