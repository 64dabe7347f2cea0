// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-binary-logical-operators
description: mixing ?? with || without parentheses is a SyntaxError
features: [coalesce-expression]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
var x = a ?? b || c;
