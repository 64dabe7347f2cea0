// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-identifier-names-static-semantics-early-errors
description: an escaped reserved word cannot be used as an identifier
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
var v\u0061r = 1;
