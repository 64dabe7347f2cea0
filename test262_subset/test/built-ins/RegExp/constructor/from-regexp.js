// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-regexp-pattern-flags
description: RegExp copies patterns; source escapes slashes
---*/

var a = /ab/g;
var b = new RegExp(a, 'i');
assert.sameValue(b.source, 'ab');
assert.sameValue(b.flags, 'i');
assert.sameValue(RegExp(a), a);
assert.sameValue(new RegExp('/').source, '\\/');
assert.sameValue(new RegExp('').source, '(?:)');
assert.throws(SyntaxError, function () { new RegExp('('); });
assert.throws(SyntaxError, function () { new RegExp('a', 'gg'); });
