// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-disposeresources
description: >
  await using awaits each async dispose result, in reverse order, before the block completes;
  a sync @@dispose is used when there is no @@asyncDispose.
flags: [async]
features: [explicit-resource-management]
includes: [asyncHelpers.js, compareArray.js]
---*/
var log = [];
asyncTest(async function() {
  {
    await using a = {
      [Symbol.asyncDispose]: async function() { await null; log.push('a'); }
    };
    await using b = { [Symbol.dispose]: function() { log.push('b'); } };
    log.push('body');
  }
  log.push('after');
  assert.compareArray(log, ['body', 'b', 'a', 'after']);
});
