// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-destructuring-binding-patterns
description: a rest element must be last
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
var [...a, b] = [];
