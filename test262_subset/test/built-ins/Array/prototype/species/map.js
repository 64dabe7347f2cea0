// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-arrayspeciescreate
description: map uses constructor[Symbol.species]
features: [Symbol.species]
---*/

var a = [1, 2];
a.constructor = {};
a.constructor[Symbol.species] = function (n) { return { length: 0, marker: n }; };
var r = a.map(function (x) { return x; });
assert.sameValue(r.marker, 2);
