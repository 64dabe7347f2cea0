// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-runtime-semantics-classdefinitionevaluation
description: class extends null has a null prototype parent
features: [class]
---*/

class C extends null {}
assert.sameValue(Object.getPrototypeOf(C.prototype), null);
