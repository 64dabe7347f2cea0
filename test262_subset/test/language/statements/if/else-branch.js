// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-if-statement
description: if/else picks a branch by ToBoolean of the condition
---*/

var r;
if (0) r = 'then'; else r = 'else';
assert.sameValue(r, 'else');
if ('x') r = 'then'; else r = 'else';
assert.sameValue(r, 'then');
if (null) { r = 1; }
assert.sameValue(r, 'then');
