// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-for-in-and-for-of-statements-static-semantics-early-errors
description: for await outside an async function is a SyntaxError
features: [async-iteration]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
function f() { for await (var x of []) {} }
