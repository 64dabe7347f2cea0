// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-empty-statement
description: empty statements are allowed anywhere a statement is
---*/

;;;
for (var i = 0; i < 3; i++);
assert.sameValue(i, 3);
if (true);
