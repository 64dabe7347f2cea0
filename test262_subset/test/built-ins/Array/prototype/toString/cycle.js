// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.tostring
description: toString of a self-containing array does not recurse forever
---*/

var a = [1];
a.push(a);
assert.sameValue(a.toString(), '1,');
