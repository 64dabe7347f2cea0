// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-asyncgenerator-definitions
description: yield in an async generator awaits the operand
flags: [async]
features: [async-iteration]
---*/

async function* g() { yield Promise.resolve('p'); }
g().next().then(function (r) { assert.sameValue(r.value, 'p'); }).then($DONE, $DONE);
