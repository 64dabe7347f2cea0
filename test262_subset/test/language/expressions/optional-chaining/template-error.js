// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-left-hand-side-expressions-static-semantics-early-errors
description: a tagged template in an optional chain is a SyntaxError
features: [optional-chaining]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
var o = {};
o?.f`x`;
