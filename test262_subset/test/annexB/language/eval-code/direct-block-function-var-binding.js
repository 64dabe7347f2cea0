// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-web-compat-evaldeclarationinstantiation
description: >
  A function declared in a block of sloppy direct eval code gets a var binding in the
  caller's variable environment, undefined until the declaration is evaluated.
flags: [noStrict]
---*/
function outer() {
  eval('assert.sameValue(f, undefined, "initialized to undefined"); { function f() { return "inner"; } }');
  return f;
}
var fn = outer();
assert.sameValue(typeof fn, 'function');
assert.sameValue(fn(), 'inner');
