// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-generator.prototype.return
description: return() on a suspended generator runs finally blocks
features: [generators]
---*/

var log = [];
function* g() { try { yield 1; yield 2; } finally { log.push('cleanup'); } }
var it = g();
it.next();
var r = it.return('done');
assert.sameValue(r.value, 'done');
assert.sameValue(r.done, true);
assert.sameValue(log.join(), 'cleanup');
