// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-patterns
description: greedy and lazy quantifiers and backtracking
---*/

assert.sameValue(/a+?/.exec('aaa')[0], 'a');
assert.sameValue(/a{2,3}/.exec('aaaa')[0], 'aaa');
assert.sameValue(/(a|ab)(c|bcd)(d*)/.exec('abcd')[0], 'abcd');
assert.sameValue(/^(a+)+b/.test('aaab'), true);
