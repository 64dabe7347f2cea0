// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-arrow-function-definitions
description: a line terminator before => is a SyntaxError
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
var f = x
=> x;
