// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-comma-operator
description: the comma operator evaluates both and returns the right
---*/

var i = 0;
var r = (i++, i++, i);
assert.sameValue(r, 2);
