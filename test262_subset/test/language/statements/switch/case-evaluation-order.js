// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-runtime-semantics-caseblockevaluation
description: case expressions are evaluated in order until one matches
---*/

var log = [];
function c(v) { log.push(v); return v; }
switch (2) { case c(1): break; case c(2): break; case c(3): break; }
assert.sameValue(log.join(), '1,2');
