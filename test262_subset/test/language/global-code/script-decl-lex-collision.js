// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-globaldeclarationinstantiation
description: a let colliding with a lexical binding from an earlier script throws SyntaxError
---*/

$262.evalScript('let collide = 1;');
assert.throws(SyntaxError, function () { $262.evalScript('let collide = 2;'); });
assert.throws(SyntaxError, function () { $262.evalScript('var collide;'); });
