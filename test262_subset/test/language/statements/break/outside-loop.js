// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-break-statement-static-semantics-early-errors
description: break outside a loop or switch is a SyntaxError
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
break;
