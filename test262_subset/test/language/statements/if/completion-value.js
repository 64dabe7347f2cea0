// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-if-statement-runtime-semantics-evaluation
description: the completion value of if without else is undefined when not taken
---*/

assert.sameValue(eval('1; if (false) { 2; }'), undefined);
assert.sameValue(eval('1; if (true) { 2; }'), 2);
