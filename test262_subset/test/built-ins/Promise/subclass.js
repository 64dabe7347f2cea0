// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-promise-constructor
description: Promise subclasses propagate through then via species
flags: [async]
features: [class]
---*/

class MyPromise extends Promise {}
var p = MyPromise.resolve(1).then(function (v) { return v + 1; });
assert(p instanceof MyPromise);
p.then(function (v) { assert.sameValue(v, 2); }).then($DONE, $DONE);
