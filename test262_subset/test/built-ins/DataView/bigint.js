// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-dataview.prototype.getbigint64
description: DataView BigInt64 accessors
features: [BigInt]
---*/

var dv = new DataView(new ArrayBuffer(8));
dv.setBigInt64(0, -1n);
assert.sameValue(dv.getBigUint64(0), 18446744073709551615n);
assert.throws(TypeError, function () { dv.setBigInt64(0, 1); });
