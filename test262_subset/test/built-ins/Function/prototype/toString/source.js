// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-function.prototype.tostring
description: toString of a user function returns its source text
---*/

function  spaced ( a ) { return a; }
assert.sameValue(spaced.toString(), 'function  spaced ( a ) { return a; }');
assert.sameValue((() => 1).toString(), '() => 1');
