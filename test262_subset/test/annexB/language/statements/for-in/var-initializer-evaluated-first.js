// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-initializers-in-forin-statement-heads
description: >
  `for (var x = init in e)` stores init (named like a declaration) before e is evaluated.
flags: [noStrict]
---*/
var seen, runs = 0, iterations = 0;
for (var x = (runs++, 'first') in (seen = x, { a: 0, b: 1 })) iterations++;
assert.sameValue(seen, 'first');
assert.sameValue(runs, 1);
assert.sameValue(iterations, 2);
assert.sameValue(x, 'b');
for (var fn = function () {} in {}) ;
assert.sameValue(fn.name, 'fn');
