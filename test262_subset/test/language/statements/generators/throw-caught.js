// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-generator.prototype.throw
description: throw() raises at the yield point and can be caught inside
features: [generators]
---*/

function* g() { try { yield 1; } catch (e) { yield 'caught ' + e; } }
var it = g();
it.next();
assert.sameValue(it.throw('x').value, 'caught x');
