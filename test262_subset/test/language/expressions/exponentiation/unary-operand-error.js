// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-exp-operator
description: a unary expression as the base of ** is a SyntaxError
features: [exponentiation]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
-2 ** 2;
