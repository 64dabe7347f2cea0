// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-arraybuffer.prototype.resize
description: resizable buffers grow and length-tracking views follow
features: [resizable-arraybuffer]
---*/

var b = new ArrayBuffer(2, { maxByteLength: 8 });
var v = new Uint8Array(b);
assert.sameValue(b.resizable, true);
b.resize(6);
assert.sameValue(v.length, 6);
assert.throws(RangeError, function () { b.resize(9); });
