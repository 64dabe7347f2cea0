// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-scripts
description: $262.evalScript runs a script in the global scope
---*/

$262.evalScript('var fromEvalScript = 42;');
assert.sameValue(fromEvalScript, 42);
assert.throws(SyntaxError, function () { $262.evalScript('var;'); });
