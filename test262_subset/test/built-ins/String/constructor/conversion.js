// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string-constructor-string-value
description: String(value) converts; String(symbol) gives its description string
---*/

assert.sameValue(String(123), '123');
assert.sameValue(String(null), 'null');
assert.sameValue(String(Symbol('d')), 'Symbol(d)');
assert.sameValue(typeof new String('x'), 'object');
assert.throws(TypeError, function () { '' + Symbol(); });
