// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-let-and-const-declarations-static-semantics-early-errors
description: A using declaration cannot appear at the top level of a Script.
features: [explicit-resource-management]
negative:
  phase: parse
  type: SyntaxError
---*/
$DONOTEVALUATE();
using x = null;
