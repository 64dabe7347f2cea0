// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-performeval
description: indirect eval runs in the global scope
---*/

var x = 'global';
function f() { var x = 'local'; return (0, eval)('x'); }
assert.sameValue(f(), 'global');
