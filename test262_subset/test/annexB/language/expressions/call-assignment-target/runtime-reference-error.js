// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-static-semantics-assignmenttargettype
description: >
  In sloppy code a call may be the target of =, a compound assignment, ++/-- and a for-in/of
  head: the call runs, then PutValue throws a ReferenceError before the right-hand side runs.
flags: [noStrict]
---*/
var calls, rhs;
function target() { calls++; return {}; }
function value() { rhs++; return 1; }
function check(fn, label) {
  calls = 0; rhs = 0;
  assert.throws(ReferenceError, fn, label);
  assert.sameValue(calls, 1, label + ': the call runs once');
  assert.sameValue(rhs, 0, label + ': the right-hand side does not run');
}
check(function () { target() = value(); }, '=');
check(function () { target() *= value(); }, '*=');
check(function () { (target()) = value(); }, 'parenthesized');
check(function () { target()--; }, 'postfix');
check(function () { ++target(); }, 'prefix');
check(function () { for (target() in { k: 0 }) value(); }, 'for-in');
check(function () { for (target() of [0]) value(); }, 'for-of');
calls = 0;
for (target() in {}) ;
assert.sameValue(calls, 0, 'no iteration: the target is never evaluated');
