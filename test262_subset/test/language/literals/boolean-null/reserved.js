// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-keywords-and-reserved-words
description: null and true cannot be binding identifiers
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
var null = 1;
