// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-function-definitions-static-semantics-expectedargumentcount
description: length counts parameters before the first default or rest
includes: [propertyHelper.js]
---*/

function a(x, y) {}
function b(x, y = 1, z) {}
function c(x, ...r) {}
assert.sameValue(a.length, 2);
assert.sameValue(b.length, 1);
assert.sameValue(c.length, 1);
verifyProperty(a, 'length', { value: 2, writable: false, enumerable: false, configurable: true });
