// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-async-function-definitions-static-semantics-early-errors
description: await expressions in async function parameters are a SyntaxError
features: [async-functions]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
async function f(a = await 1) {}
