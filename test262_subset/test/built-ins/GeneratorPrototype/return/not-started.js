// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-generator.prototype.return
description: return on a not-started generator completes it without running the body
features: [generators]
---*/

var ran = false;
function* g() { ran = true; yield 1; }
var it = g();
var r = it.return(5);
assert.sameValue(r.value, 5);
assert.sameValue(r.done, true);
assert.sameValue(ran, false);
assert.sameValue(it.next().done, true);
