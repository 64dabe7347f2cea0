// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.reduce
description: reduce and reduceRight with and without initial value
---*/

assert.sameValue([1, 2, 3].reduce(function (a, b) { return a + b; }), 6);
assert.sameValue(['a', 'b'].reduceRight(function (a, b) { return a + b; }, '>'), '>ba');
assert.throws(TypeError, function () { [].reduce(function () {}); });
assert.sameValue([].reduce(function () {}, 'init'), 'init');
