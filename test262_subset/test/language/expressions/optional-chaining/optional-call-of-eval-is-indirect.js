// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-function-calls-runtime-semantics-evaluation
description: >
  Only `eval(...)` (a CoverCallExpressionAndAsyncArrowHead) is a direct eval: `eval?.(src)`
  evaluates src in the global environment, as an indirect eval.
flags: [noStrict]
---*/
var where = 'global';
function f() {
  var where = 'function';
  return [eval('where'), eval?.('where')];
}
var r = f();
assert.sameValue(r[0], 'function');
assert.sameValue(r[1], 'global');
(function () { eval?.('var madeGlobal = 1'); })();
assert.sameValue(typeof madeGlobal, 'number', 'vars of eval?.() are global');
