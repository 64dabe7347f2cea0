// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-literals-regular-expression-literals
description: regexp literals create a new object each evaluation
---*/

function f() { return /a/g; }
assert.notSameValue(f(), f());
assert.sameValue(f().flags, 'g');
assert.sameValue(/[/]/.test('/'), true);
