// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-return-statement-runtime-semantics-evaluation
description: >
  `return expr` in an async generator awaits the value (a rejection is thrown at the return,
  inside the generator's try), `return;` does not
flags: [async]
features: [async-iteration]
---*/

var log = [];
async function* fulfilled() { return Promise.resolve(5); }
async function* rejected() {
  try { return Promise.reject(7); } catch (e) { log.push("caught " + e); return 8; }
}
async function* bare() { return; }

Promise.all([fulfilled().next(), rejected().next(), bare().next()]).then(function (rs) {
  assert.sameValue(rs[0].value, 5, "the fulfilled value");
  assert.sameValue(rs[1].value, 8, "the rejection was caught in the generator");
  assert.sameValue(rs[2].value, undefined);
  assert.sameValue(log.join(), "caught 7");
}).then($DONE, $DONE);
