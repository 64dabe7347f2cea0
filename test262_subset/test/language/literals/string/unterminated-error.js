// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-literals-string-literals
description: an unterminated string literal is a SyntaxError
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
var s = 'abc
';
