// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-arraybuffer-constructor
description: ArrayBuffer allocation, byteLength and slice
---*/

var b = new ArrayBuffer(8);
assert.sameValue(b.byteLength, 8);
var s = b.slice(2, 6);
assert.sameValue(s.byteLength, 4);
assert.sameValue(ArrayBuffer.isView(new Uint8Array(b)), true);
assert.sameValue(ArrayBuffer.isView(b), false);
assert.throws(TypeError, function () { ArrayBuffer(1); });
assert.throws(RangeError, function () { new ArrayBuffer(-1); });
