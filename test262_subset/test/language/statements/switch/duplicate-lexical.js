// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-switch-statement-static-semantics-early-errors
description: duplicate lexical declarations across cases are a SyntaxError
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
switch (0) { case 1: let a; case 2: let a; }
