// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-generator-function-definitions-runtime-semantics-evaluation
description: yield* delegates to another iterable and evaluates to its return value
includes: [compareArray.js]
features: [generators]
---*/

function* inner() { yield 1; yield 2; return 'r'; }
var result;
function* outer() { result = yield* inner(); yield 3; }
assert.compareArray([...outer()], [1, 2, 3]);
assert.sameValue(result, 'r');
