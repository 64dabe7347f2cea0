// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.at
description: at supports negative indices
---*/

var a = [1, 2, 3];
assert.sameValue(a.at(0), 1);
assert.sameValue(a.at(-1), 3);
assert.sameValue(a.at(5), undefined);
