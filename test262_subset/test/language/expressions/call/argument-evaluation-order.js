// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-argument-lists-runtime-semantics-argumentlistevaluation
description: arguments are evaluated left to right after the callee
---*/

var log = [];
function f() { log.push('f'); return function () {}; }
function a(v) { log.push(v); return v; }
f()(a(1), a(2));
assert.sameValue(log.join(), 'f,1,2');
