// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-function.prototype.apply
description: apply accepts array-likes and null/undefined
---*/

function f() { return arguments.length; }
assert.sameValue(f.apply(null, { length: 3 }), 3);
assert.sameValue(f.apply(null), 0);
assert.sameValue(f.apply(null, undefined), 0);
assert.throws(TypeError, function () { f.apply(null, 1); });
