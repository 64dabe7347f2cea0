// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-performeval
description: >
  Direct eval code may use super properties only where the this environment has a super
  binding, and super() only in a derived constructor; elsewhere the eval code is a
  SyntaxError before any of it runs (PerformEval steps 10-11).
features: [class, super]
---*/

var evaluated = false;
function f() { eval('super[evaluated = true];'); }
assert.throws(SyntaxError, f);
assert.sameValue(evaluated, false, "the key expression did not run");

var o = { __proto__: { x: 42 }, m() { return eval('super.x'); }, a() { return (() => eval('super.x'))(); } };
assert.sameValue(o.m(), 42);
assert.sameValue(o.a(), 42, "an arrow sees its method's super binding");

class A { constructor() { this.a = 1; } }
class B extends A { constructor() { eval('super()'); } }
assert.sameValue(new B().a, 1, "super() in a derived constructor");
class B2 extends A { constructor() { (() => eval('eval("super()")'))(); } }
assert.sameValue(new B2().a, 1, "nested eval in an arrow");

class C { constructor() { eval('super()'); } }
assert.throws(SyntaxError, function() { new C(); }, "not a derived constructor");
class D extends A { m() { eval('super()'); } }
assert.throws(SyntaxError, function() { new D().m(); }, "a method");
class E extends A { x = eval('super.constructor === A'); }
assert.sameValue(new E().x, true, "a field initializer has a super binding");
class F extends A { constructor() { eval('super?.x'); } }
assert.throws(SyntaxError, function() { new F(); }, "super?.x is never valid");
