// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-rules-of-automatic-semicolon-insertion
description: semicolons are never inserted in a for header
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
for (var i = 0
  i < 1
  i++) {}
