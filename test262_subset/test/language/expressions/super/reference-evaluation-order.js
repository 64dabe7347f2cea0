// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-super-keyword-runtime-semantics-evaluation
description: >
  super[expr]: the this binding is read before expr is evaluated, the home object's prototype
  right after it; the key is converted by GetValue (once for a compound assignment) or, for a
  plain assignment, by PutValue after the right-hand side
includes: [compareArray.js]
---*/

var log = [];
var key = {
  toString: function () { log.push("key"); Object.setPrototypeOf(obj, other); return "p"; }
};
var proto = { p: 10 };
var other = { p: -10 };
var obj = {
  __proto__: proto,
  read() { return super[(log.push("expr"), key)]; },
  write() { super[(log.push("expr"), key)] = (log.push("rhs"), 1); },
  add() { return super[key] += 5; }
};

assert.sameValue(obj.read(), 10, "the base was taken before the key's conversion");
assert.compareArray(log, ["expr", "key"]);

Object.setPrototypeOf(obj, proto);
log = [];
obj.write();
assert.compareArray(log, ["expr", "rhs", "key"]);
assert.sameValue(obj.p, 1, "the store reaches the receiver");

Object.setPrototypeOf(obj, proto);
log = [];
assert.sameValue(obj.add(), 15);
assert.compareArray(log, ["key"], "a compound assignment converts the key once");

var evaluated = false;
class Derived extends Object {
  constructor() {
    super[(evaluated = true, "x")] = 1;
  }
}
assert.throws(ReferenceError, function () { new Derived(); });
assert.sameValue(evaluated, false, "the key expression is not evaluated before super()");
