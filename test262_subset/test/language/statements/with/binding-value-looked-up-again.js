// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object-environment-records-getbindingvalue-n-s
description: >
  After HasBinding (has, then @@unscopables), GetBindingValue and SetMutableBinding each ask
  HasProperty again; a binding deleted in between reads as undefined and a store recreates it
flags: [noStrict]
features: [Proxy, Symbol.unscopables]
includes: [compareArray.js]
---*/

var log = [];
var env = new Proxy({ p: 1 }, {
  has: function (t, k) { log.push("has:" + String(k)); return Reflect.has(t, k); },
  get: function (t, k, r) { log.push("get:" + String(k)); return Reflect.get(t, k, r); },
  set: function (t, k, v, r) { log.push("set:" + String(k)); return Reflect.set(t, k, v, r); }
});

with (env) { p += 1; }
assert.compareArray(log, [
  "has:p", "get:Symbol(Symbol.unscopables)",
  "has:p", "get:p",
  "has:p", "set:p"
]);

var obj = { b: 1, get [Symbol.unscopables]() { delete obj.b; return undefined; } };
var seen = "unset";
with (obj) { seen = b; }
assert.sameValue(seen, undefined, "a deleted binding reads as undefined in sloppy code");

obj.b = 1;
with (obj) { b = 2; }
assert.sameValue(obj.b, 2, "a sloppy store recreates the binding");

var target = { v: 1 };
with (target) { var v = delete target.v; }
assert.sameValue(target.v, true, "var's reference is resolved before its initializer");
assert.sameValue(v, undefined);
