// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-runtime-semantics-keyedbindinginitialization
description: properties are read in pattern order
---*/

var log = [];
var src = { get a() { log.push('a'); return 1; }, get b() { log.push('b'); return 2; } };
var { b, a } = src;
assert.sameValue(log.join(), 'b,a');
