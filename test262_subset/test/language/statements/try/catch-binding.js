// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-try-statement
description: the catch parameter is scoped to the catch block
---*/

var e = 'outer';
try { throw 'inner'; } catch (e) { assert.sameValue(e, 'inner'); }
assert.sameValue(e, 'outer');
