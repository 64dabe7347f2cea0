// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-runtime-semantics-classdefinitionevaluation
description: extending a non-constructor throws TypeError
features: [class]
---*/

assert.throws(TypeError, function () { class C extends 5 {} });
assert.throws(TypeError, function () { var f = () => {}; class D extends f {} });
