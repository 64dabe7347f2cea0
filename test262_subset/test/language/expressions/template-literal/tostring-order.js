// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-template-literals-runtime-semantics-evaluation
description: substitutions are converted to strings in order
---*/

var log = [];
var a = { toString: function () { log.push('a'); return 'A'; } };
var b = { toString: function () { log.push('b'); return 'B'; } };
assert.sameValue(`${a}${b}`, 'AB');
assert.sameValue(log.join(), 'a,b');
