// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-static-semantics-assignmenttargettype
description: >
  A call is not a valid target of a logical assignment or inside a destructuring pattern
  (its AssignmentTargetType is web-compat, not simple).
flags: [noStrict]
---*/
var sources = [
  'f() &&= 1',
  '(f()) ||= 1',
  'f() ??= 1',
  '[f()] = []',
  '({ a: f() } = {})',
  'for ([f()] of []) ;',
  'f?.() = 1'
];
for (var i = 0; i < sources.length; i++) {
  assert.throws(SyntaxError, function () { Function(sources[i]); }, sources[i]);
}
