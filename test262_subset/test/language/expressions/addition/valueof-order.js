// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-applystringornumericbinaryoperator
description: ToPrimitive is applied to the left operand first, with hint default
---*/

var log = [];
var a = { valueOf: function () { log.push('a'); return 1; } };
var b = { valueOf: function () { log.push('b'); return 2; } };
assert.sameValue(a + b, 3);
assert.sameValue(log.join(), 'a,b');
var d = {};
d[Symbol.toPrimitive] = function (hint) { return hint; };
assert.sameValue(d + '', 'default');
