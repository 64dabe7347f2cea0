// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-performeval
description: eval code with a use strict directive is strict
---*/

assert.throws(ReferenceError, function () { eval('"use strict"; strictEvalUndeclared = 1;'); });
assert.sameValue(eval('"use strict"; var isolated = 2; isolated'), 2);
assert.sameValue(typeof isolated, 'undefined');
