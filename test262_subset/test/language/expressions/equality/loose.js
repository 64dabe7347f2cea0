// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-islooselyequal
description: == performs type coercion
---*/

assert.sameValue(null == undefined, true);
assert.sameValue(null == 0, false);
assert.sameValue('1' == 1, true);
assert.sameValue(true == 1, true);
assert.sameValue('' == 0, true);
assert.sameValue(NaN == NaN, false);
assert.sameValue([1] == 1, true);
assert.sameValue({} == '[object Object]', true);
assert.sameValue(1n == 1, true);
assert.sameValue(1n == '1', true);
