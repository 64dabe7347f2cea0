// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.entries
description: keys, values and entries iterators
includes: [compareArray.js]
---*/

assert.compareArray([...['a', 'b'].keys()], [0, 1]);
assert.compareArray([...['a', 'b'].values()], ['a', 'b']);
var e = [...['a'].entries()];
assert.compareArray(e[0], [0, 'a']);
assert.sameValue(Array.prototype[Symbol.iterator], Array.prototype.values);
