// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-class-definitions
description: a class binding is in TDZ before its declaration
features: [class]
---*/

assert.throws(ReferenceError, function () { new C(); });
class C {}
