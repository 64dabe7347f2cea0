// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-weakmap-objects
description: WeakMap holds object keys only
---*/

var wm = new WeakMap();
var k = {};
wm.set(k, 1);
assert.sameValue(wm.get(k), 1);
assert.sameValue(wm.has({}), false);
assert.throws(TypeError, function () { wm.set(1, 1); });
assert.sameValue(wm.delete(k), true);
assert.sameValue(wm.get(k), undefined);
