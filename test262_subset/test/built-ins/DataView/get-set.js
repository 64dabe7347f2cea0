// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-dataview-objects
description: DataView reads and writes with explicit endianness
---*/

var dv = new DataView(new ArrayBuffer(8));
dv.setUint16(0, 0x1234);
assert.sameValue(dv.getUint8(0), 0x12);
dv.setUint16(0, 0x1234, true);
assert.sameValue(dv.getUint8(0), 0x34);
dv.setFloat64(0, Math.PI);
assert.sameValue(dv.getFloat64(0), Math.PI);
dv.setInt32(4, -2);
assert.sameValue(dv.getUint32(4), 4294967294);
assert.throws(RangeError, function () { dv.getInt32(6); });
