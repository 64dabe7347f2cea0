// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-conditional-operator
description: the conditional operator evaluates only one branch
---*/

var log = [];
var r = true ? (log.push('t'), 1) : (log.push('f'), 2);
assert.sameValue(r, 1);
assert.sameValue(log.join(), 't');
assert.sameValue(0 ? 'a' : '' ? 'b' : 'c', 'c');
