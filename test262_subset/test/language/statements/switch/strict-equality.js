// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-runtime-semantics-caseclauseisselected
description: case matching uses strict equality
---*/

function f(x) {
  switch (x) { case '1': return 'string'; case 1: return 'number'; default: return 'none'; }
}
assert.sameValue(f(1), 'number');
assert.sameValue(f('1'), 'string');
assert.sameValue(f(true), 'none');
