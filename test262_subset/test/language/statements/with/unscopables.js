// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object-environment-records-hasbinding-n
description: Symbol.unscopables hides properties from with
flags: [noStrict]
features: [Symbol.unscopables]
---*/

var x = 'outer';
var o = { x: 'inner' };
o[Symbol.unscopables] = { x: true };
with (o) { assert.sameValue(x, 'outer'); }
