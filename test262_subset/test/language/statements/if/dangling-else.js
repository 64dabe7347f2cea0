// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-if-statement
description: else binds to the nearest if
---*/

var r = 'none';
if (true) if (false) r = 'inner'; else r = 'else';
assert.sameValue(r, 'else');
