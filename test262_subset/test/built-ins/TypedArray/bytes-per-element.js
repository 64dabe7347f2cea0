// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-typedarray.bytes_per_element
description: BYTES_PER_ELEMENT on constructors and prototypes
---*/

assert.sameValue(Int8Array.BYTES_PER_ELEMENT, 1);
assert.sameValue(Uint16Array.BYTES_PER_ELEMENT, 2);
assert.sameValue(Float64Array.prototype.BYTES_PER_ELEMENT, 8);
assert.sameValue(new Int32Array(3).byteLength, 12);
assert.sameValue(Object.prototype.toString.call(new Float32Array(1)), '[object Float32Array]');
