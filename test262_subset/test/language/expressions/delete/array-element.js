// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-delete-operator
description: deleting an array element leaves a hole and keeps length
---*/

var a = [1, 2, 3];
delete a[1];
assert.sameValue(a.length, 3);
assert.sameValue(1 in a, false);
assert.sameValue(a[1], undefined);
