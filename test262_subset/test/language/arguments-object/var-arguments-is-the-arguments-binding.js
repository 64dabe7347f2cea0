// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-functiondeclarationinstantiation
description: >
  A `var arguments` declaration does not disable the arguments object: the var names the
  binding FunctionDeclarationInstantiation already created (parameterBindings includes
  "arguments"), so it holds the object until assigned. A function declaration named
  arguments does disable it.
flags: [noStrict]
---*/

function before() { var t = typeof arguments; var arguments = 1; return [t, arguments]; }
var r = before(1, 2);
assert.sameValue(r[0], "object", "the object is there before the var's initializer runs");
assert.sameValue(r[1], 1, "the initializer assigns the binding");

function noInit() { var arguments; return arguments.length; }
assert.sameValue(noInit(1, 2, 3), 3, "a var without initializer keeps the object");

function mapped(x) { var arguments; arguments[0] = 9; return x; }
assert.sameValue(mapped(1), 9, "the object stays mapped to the parameters");

function fnDecl() { var arguments; function arguments() {} return typeof arguments; }
assert.sameValue(fnDecl(), "function", "a function declaration named arguments wins");
