// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-generator.prototype.throw
description: throw on a not-started generator throws without running the body
features: [generators]
---*/

function* g() { try { yield 1; } catch (e) { yield 'caught'; } }
var it = g();
assert.throws(Test262Error, function () { it.throw(new Test262Error()); });
assert.sameValue(it.next().done, true);
