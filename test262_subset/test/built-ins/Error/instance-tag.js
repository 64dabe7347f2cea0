// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.prototype.tostring
description: error instances are tagged Error
---*/

assert.sameValue(Object.prototype.toString.call(new RangeError()), '[object Error]');
