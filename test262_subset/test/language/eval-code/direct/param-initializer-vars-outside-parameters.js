// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-functiondeclarationinstantiation
description: >
  Vars of a sloppy direct eval in a parameter initializer are created outside the
  parameters' environment: later initializers and the body see them; a var named like a
  parameter is a SyntaxError.
flags: [noStrict]
---*/
var x = 'outer';
function later(a = eval("var x = 'from eval'"), b = x) { return [b, x]; }
var r = later();
assert.sameValue(r[0], 'from eval', 'a later initializer');
assert.sameValue(r[1], 'from eval', 'the body');
assert.sameValue(x, 'outer');
function shadowed(a = eval("var y = 1"), read = () => y) { var y = 2; return [y, read()]; }
r = shadowed();
assert.sameValue(r[0], 2, 'a body var shadows the eval var');
assert.sameValue(r[1], 1, 'a closure in the parameters sees the eval var');
assert.throws(SyntaxError, function () { (function (p = eval("var p")) {})(); });
