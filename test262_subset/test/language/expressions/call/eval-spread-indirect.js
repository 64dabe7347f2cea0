// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-function-calls-runtime-semantics-evaluation
description: eval called through a member expression is indirect
---*/

var v = 'global';
function f() { var v = 'local'; var o = { eval: eval }; return o.eval('v'); }
assert.sameValue(f(), 'global');
