// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-typedarray-objects
description: views over one buffer share memory
---*/

var buf = new ArrayBuffer(4);
var u8 = new Uint8Array(buf);
var u32 = new Uint32Array(buf);
u32[0] = 0x01020304;
assert.sameValue(u8[0] + u8[3], 5);
var sub = new Uint8Array(buf, 1, 2);
sub[0] = 99;
assert.sameValue(u8[1], 99);
assert.throws(RangeError, function () { new Uint32Array(buf, 1); });
