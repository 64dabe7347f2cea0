// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-delete-operator
description: deleting a non-configurable property returns false in sloppy mode
flags: [noStrict]
---*/

var o = {};
Object.defineProperty(o, 'x', { value: 1, configurable: false });
assert.sameValue(delete o.x, false);
assert.sameValue(o.x, 1);
