// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-generator.prototype.next
description: generator methods reject non-generator this
features: [generators]
---*/

function* g() {}
var GP = Object.getPrototypeOf(g.prototype);
assert.throws(TypeError, function () { GP.next.call({}); });
assert.sameValue(GP[Symbol.toStringTag], 'Generator');
