// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype.split
description: split with limit 0 returns an empty array
---*/

assert.sameValue('a,b'.split(',', 0).length, 0);
