// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-performeval
description: direct eval sees the caller's local bindings and this
---*/

function f() { var local = 'L'; return eval('local + typeof this'); }
assert.sameValue(f.call({}), 'Lobject');
