// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-scripts-static-semantics-early-errors
description: new.target at script top level is a SyntaxError
features: [new.target]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
new.target;
