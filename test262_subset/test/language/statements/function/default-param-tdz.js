// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-functiondeclarationinstantiation
description: a default initializer cannot reference a later parameter
---*/

function f(a = b, b) {}
assert.throws(ReferenceError, function () { f(); });
