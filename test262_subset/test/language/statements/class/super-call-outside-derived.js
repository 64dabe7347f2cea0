// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-class-definitions-static-semantics-early-errors
description: super() in a non-derived constructor is a SyntaxError
features: [class]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
class C { constructor() { super(); } }
