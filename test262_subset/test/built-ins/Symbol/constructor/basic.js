// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-symbol-description
description: Symbol() creates unique symbols; new Symbol throws
---*/

assert.notSameValue(Symbol('a'), Symbol('a'));
assert.sameValue(Symbol('d').description, 'd');
assert.sameValue(Symbol().description, undefined);
assert.throws(TypeError, function () { new Symbol(); });
