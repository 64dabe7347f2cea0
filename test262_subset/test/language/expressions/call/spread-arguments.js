// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-argument-lists-runtime-semantics-argumentlistevaluation
description: spread in call arguments
---*/

function f() { return arguments.length + ':' + Array.prototype.join.call(arguments); }
assert.sameValue(f(...[1, 2], 3, ...[]), '3:1,2,3');
assert.sameValue(Math.max(...[3, 9, 4]), 9);
