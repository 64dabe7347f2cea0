// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-asyncgenerator-prototype-tostringtag
description: async generator prototype chain and tag
features: [async-iteration]
---*/

async function* ag() {}
var AGP = Object.getPrototypeOf(ag.prototype);
assert.sameValue(AGP[Symbol.toStringTag], 'AsyncGenerator');
assert.sameValue(typeof AGP.next, 'function');
assert.sameValue(typeof ag()[Symbol.asyncIterator], 'function');
