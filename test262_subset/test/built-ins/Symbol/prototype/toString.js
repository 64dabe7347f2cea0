// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-symbol.prototype.tostring
description: Symbol.prototype.toString and valueOf
---*/

var s = Symbol('q');
assert.sameValue(s.toString(), 'Symbol(q)');
assert.sameValue(Object(s).valueOf(), s);
assert.sameValue(typeof Object(s), 'object');
