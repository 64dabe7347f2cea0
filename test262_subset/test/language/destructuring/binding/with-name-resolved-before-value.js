// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-runtime-semantics-keyedbindinginitialization
description: >
  Inside `with`, a pattern's name is resolved (the object environment's HasBinding) before the
  property is read or the iterator steps, and before the default is evaluated; a name the
  object holds is checked again when it is set (SetMutableBinding).
flags: [noStrict]
includes: [compareArray.js]
---*/

var log = [];
var env = new Proxy({ held: 0 }, {
  has: function(t, k) {
    if (typeof k === "string") log.push("has " + k);
    return k in t;
  }
});
var source = { get p() { log.push("get p"); return undefined; } };
var free, other, fallback = "f";

with (env) {
  var { p: free = fallback } = source;
  ({ p: held } = source);
  [other = fallback] = [];
}

assert.compareArray(log, [
  "has source", "has free", "get p", "has fallback",
  "has source", "has held", "get p", "has held",
  "has other", "has fallback"
]);
assert.sameValue(free, "f");
assert.sameValue(env.held, undefined);
assert.sameValue(other, "f");
