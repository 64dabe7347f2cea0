// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-createdynamicfunction
description: functions from the constructor close over the global scope only
---*/

var scopeTest = 'global';
function f() { var scopeTest = 'local'; return Function('return scopeTest')(); }
assert.sameValue(f(), 'global');
