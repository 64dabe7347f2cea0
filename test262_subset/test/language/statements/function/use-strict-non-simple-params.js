// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-function-definitions-static-semantics-early-errors
description: "\"use strict\" in a function with non-simple parameters is a SyntaxError"
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
function f(a = 1) { 'use strict'; }
