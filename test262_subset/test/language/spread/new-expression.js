// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-new-operator
description: spread in new arguments
---*/

var d = new Date(...[2020, 0, 2]);
assert.sameValue(d.getDate(), 2);
assert.sameValue(d.getFullYear(), 2020);
