// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-isstrictlyequal
description: === compares without coercion; +0 === -0
---*/

assert.sameValue('1' === 1, false);
assert.sameValue(0 === -0, true);
assert.sameValue(NaN === NaN, false);
var o = {};
assert.sameValue(o === o, true);
assert.sameValue({} === {}, false);
assert.sameValue(null !== undefined, true);
