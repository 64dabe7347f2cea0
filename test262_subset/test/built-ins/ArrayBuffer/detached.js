// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-detacharraybuffer
description: a detached buffer has byteLength 0 and its views throw
---*/

var b = new ArrayBuffer(4);
var view = new Uint8Array(b);
$262.detachArrayBuffer(b);
assert.sameValue(b.byteLength, 0);
assert.sameValue(view.length, 0);
assert.throws(TypeError, function () { b.slice(0); });
