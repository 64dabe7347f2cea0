// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-forbodyevaluation
description: >
  ForBodyEvaluation creates the first iteration's environment (CreatePerIterationEnvironment)
  before the first test: a closure made in the initializer keeps the initializer's binding,
  which the iterations' assignments do not change.
---*/

var fromInit, fromBody;
for (let i = 0, g = fromInit = function() { return i; }; i < 3; i++) {
  fromBody = function() { return i; };
}
assert.sameValue(fromInit(), 0, "the initializer's environment");
assert.sameValue(fromBody(), 2, "the last iteration's environment");
