// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-disposeresources
description: >
  Resources are disposed in reverse order when the block completes normally, by break,
  continue, return and throw; null and undefined are not disposed.
features: [explicit-resource-management]
includes: [compareArray.js]
---*/
var log = [];
function res(name) {
  return { [Symbol.dispose]: function() { log.push(name); } };
}
{
  using a = res('a'), b = res('b');
  using n = null;
  log.push('body');
}
assert.compareArray(log, ['body', 'b', 'a'], 'normal completion');

log = [];
for (var i = 0; i < 3; i++) {
  using r = res('r' + i);
  if (i === 0) continue;
  if (i === 1) break;
}
assert.compareArray(log, ['r0', 'r1'], 'continue and break');

log = [];
function f() { using x = res('x'); return 'value'; }
assert.sameValue(f(), 'value');
assert.compareArray(log, ['x'], 'return');

log = [];
assert.throws(Test262Error, function() {
  using y = res('y');
  throw new Test262Error();
});
assert.compareArray(log, ['y'], 'throw');
