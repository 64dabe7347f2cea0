// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-keywords-and-reserved-words
description: class is always a reserved word
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
var class = 1;
