// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-ordinarycallevaluatebody
description: a constructor returning an object replaces the new object; primitives are ignored
---*/

function A() { return { replaced: true }; }
function B() { this.b = 1; return 5; }
assert.sameValue(new A().replaced, true);
assert.sameValue(new B().b, 1);
