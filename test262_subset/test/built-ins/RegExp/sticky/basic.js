// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-regexpbuiltinexec
description: the sticky flag anchors at lastIndex
---*/

var re = /b/y;
assert.sameValue(re.test('ab'), false);
re.lastIndex = 1;
assert.sameValue(re.test('ab'), true);
