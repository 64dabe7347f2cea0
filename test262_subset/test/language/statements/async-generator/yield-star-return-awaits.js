// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-generator-function-definitions-runtime-semantics-evaluation
description: >
  yield* in an async generator: return(v) awaits v before the inner iterator sees it, and the
  value is awaited again when the inner iterator has no return method or its return is done;
  without a throw method the inner iterator is closed before the TypeError
flags: [async]
features: [async-iteration, Symbol.asyncIterator]
---*/

var seen = [];
function inner(extra) {
  var it = { next: function () { return {value: 1, done: false}; } };
  it[Symbol.asyncIterator] = function () { return this; };
  for (var k in extra) it[k] = extra[k];
  return it;
}
async function* d(it) { yield* it; }

var noReturn = d(inner({}));
var doneReturn = d(inner({ "return": function (v) { seen.push(v); return {value: Promise.resolve("inner " + v), done: true}; } }));
var noThrow = d(inner({ "throw": null, "return": function () { seen.push("closed"); return {}; } }));

noReturn.next().then(function () { return noReturn.return(Promise.resolve(3)); }).then(function (r) {
  assert.sameValue(r.value, 3, "missing return: the awaited value");
  assert.sameValue(r.done, true);
  return doneReturn.next();
}).then(function () { return doneReturn.return(Promise.resolve("v")); }).then(function (r) {
  assert.sameValue(seen[0], "v", "the inner return got the awaited value");
  assert.sameValue(r.value, "inner v", "the inner return's value is awaited");
  return noThrow.next();
}).then(function () { return noThrow.throw(new Error("x")); }).then(function () {
  throw new Test262Error("throw() should reject");
}, function (e) {
  assert.sameValue(e.constructor, TypeError);
  assert.sameValue(seen[1], "closed", "the inner iterator was closed first");
}).then($DONE, $DONE);
