// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-typedarray-objects
description: element types convert on store
---*/

assert.sameValue(new Uint8Array([256, -1])[0], 0);
assert.sameValue(new Uint8Array([256, -1])[1], 255);
assert.sameValue(new Uint8ClampedArray([300, -5, 1.5])[0], 255);
assert.sameValue(new Uint8ClampedArray([300, -5, 1.5])[2], 2);
assert.sameValue(new Int8Array([128])[0], -128);
assert.sameValue(new Float32Array([0.1])[0], Math.fround(0.1));
assert.sameValue(new Int16Array([40000])[0], -25536);
