// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-template-literals
description: template literal substitutions use ToString
---*/

var a = 1, o = { toString() { return 'O'; } };
assert.sameValue(`x${a}y${o}z`, 'x1yOz');
assert.sameValue(`${1 + 1}`, '2');
assert.sameValue(`line1
line2`, 'line1\nline2');
assert.throws(TypeError, function () { `${Symbol()}`; });
