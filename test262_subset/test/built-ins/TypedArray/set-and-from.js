// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-%typedarray%.prototype.set
description: set copies from arrays and typed arrays; from/of build arrays
includes: [compareArray.js]
---*/

var ta = new Uint8Array(4);
ta.set([1, 2], 1);
ta.set(new Uint8Array([9]), 3);
assert.compareArray(Array.from(ta), [0, 1, 2, 9]);
assert.throws(RangeError, function () { ta.set([1, 2], 3); });
assert.compareArray(Array.from(Float64Array.of(1.5, 2)), [1.5, 2]);
assert.sameValue(Uint8Array.from('12').length, 2);
