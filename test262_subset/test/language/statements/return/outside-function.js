// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-return-statement
description: return at script top level is a SyntaxError
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
return 1;
