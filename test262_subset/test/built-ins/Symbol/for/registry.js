// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-symbol.for
description: Symbol.for and Symbol.keyFor use the global registry
---*/

assert.sameValue(Symbol.for('app'), Symbol.for('app'));
assert.sameValue(Symbol.keyFor(Symbol.for('app')), 'app');
assert.sameValue(Symbol.keyFor(Symbol('x')), undefined);
assert.throws(TypeError, function () { Symbol.keyFor('x'); });
