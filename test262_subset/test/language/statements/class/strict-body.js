// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-class-definitions
description: class bodies are strict mode code
features: [class]
---*/

class C { m() { return this; } static f() { undeclaredInClass = 1; } }
assert.sameValue(C.prototype.m.call(undefined), undefined);
assert.throws(ReferenceError, function () { C.f(); });
