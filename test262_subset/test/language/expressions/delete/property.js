// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-delete-operator
description: delete removes a configurable property and returns true
---*/

var o = { a: 1 };
assert.sameValue(delete o.a, true);
assert.sameValue('a' in o, false);
assert.sameValue(delete o.missing, true);
assert.sameValue(delete 5, true);
