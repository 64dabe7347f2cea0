// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-evaldeclarationinstantiation
description: >
  A var of sloppy eval code may not hoist past a let/const/class or block function of its
  name between the eval and its variable environment; a catch parameter does not count.
flags: [noStrict]
---*/
assert.throws(SyntaxError, function () { { let a; { eval('var a'); } } }, 'outer block let');
assert.throws(SyntaxError, function () { const b = 1; eval('function b() {}'); }, 'function top-level const');
assert.throws(SyntaxError, function () { { function c() {} eval('var c'); } }, 'block function');
try { throw 0; } catch (d) { eval('var d = 1'); }
assert.sameValue(d, undefined, 'a catch parameter does not block the var; the var is created');
(function () { { let e; } eval('var e = 2'); assert.sameValue(e, 2, 'a sibling block does not count'); })();
