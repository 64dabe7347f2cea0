// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-static-semantics-assignmenttargettype
description: >
  In strict code a call is never an assignment target: an early SyntaxError (node 20 throws a
  ReferenceError at run time instead).
flags: [noStrict]
---*/
var sources = [
  '"use strict"; f() = 1',
  'function g() { "use strict"; f()++; }',
  'class C { m() { f() += 1; } }',
  '"use strict"; for (f() in {}) ;'
];
for (var i = 0; i < sources.length; i++) {
  assert.throws(SyntaxError, function () { Function(sources[i]); }, sources[i]);
}
