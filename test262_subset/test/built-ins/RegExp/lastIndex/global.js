// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-regexpbuiltinexec
description: global regexps advance lastIndex and reset on failure
---*/

var re = /a/g;
assert.sameValue(re.test('aa'), true);
assert.sameValue(re.lastIndex, 1);
assert.sameValue(re.test('aa'), true);
assert.sameValue(re.lastIndex, 2);
assert.sameValue(re.test('aa'), false);
assert.sameValue(re.lastIndex, 0);
