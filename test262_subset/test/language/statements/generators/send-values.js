// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-generator-function-definitions-runtime-semantics-evaluation
description: next(v) resumes the generator with v as the yield result
features: [generators]
---*/

function* g() { var a = yield 'first'; var b = yield a * 2; return a + b; }
var it = g();
it.next('ignored');
assert.sameValue(it.next(5).value, 10);
assert.sameValue(it.next(1).value, 6);
