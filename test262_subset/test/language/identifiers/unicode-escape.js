// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-names-and-keywords
description: identifiers may contain unicode escapes and non-ASCII letters
---*/

var \u0061bc = 1;
assert.sameValue(abc, 1);
var ünïcödé = 2;
assert.sameValue(ünïcödé, 2);
var $_ = 3;
assert.sameValue($_, 3);
