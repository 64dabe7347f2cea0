// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-function-definitions-static-semantics-early-errors
description: duplicate parameter names are a SyntaxError in strict functions
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
function f(a, a) { 'use strict'; }
