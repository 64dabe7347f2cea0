// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-environment-records
description: inner declarations shadow outer ones
---*/

var v = 'outer';
function f() { var v = 'inner'; return v; }
assert.sameValue(f(), 'inner');
assert.sameValue(v, 'outer');
