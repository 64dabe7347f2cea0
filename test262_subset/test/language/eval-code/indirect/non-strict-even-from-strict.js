// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-performeval
description: indirect eval is sloppy even when called from strict code
---*/

var ev = eval;
function f() { 'use strict'; return ev('(function () { return this; })()'); }
assert.sameValue(f(), globalThis);
