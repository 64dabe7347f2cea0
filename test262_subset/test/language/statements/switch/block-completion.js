// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-switch-statement-runtime-semantics-evaluation
description: the switch completion value is the last value produced
---*/

assert.sameValue(eval('switch (1) { case 1: "a"; case 2: "b"; break; }'), 'b');
