// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype.replaceall
description: replaceAll replaces every occurrence; non-global regexp throws
---*/

assert.sameValue('a.b.c'.replaceAll('.', '-'), 'a-b-c');
assert.sameValue('xx'.replaceAll('', '_'), '_x_x_');
assert.sameValue('aba'.replaceAll(/a/g, 'c'), 'cbc');
assert.throws(TypeError, function () { 'a'.replaceAll(/a/, ''); });
