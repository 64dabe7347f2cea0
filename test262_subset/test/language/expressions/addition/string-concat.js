// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-addition-operator-plus
description: + concatenates when either operand is a string
---*/

assert.sameValue(1 + '2', '12');
assert.sameValue('a' + null, 'anull');
assert.sameValue([1, 2] + '', '1,2');
assert.sameValue({} + '', '[object Object]');
