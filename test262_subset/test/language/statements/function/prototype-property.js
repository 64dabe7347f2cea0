// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-makeconstructor
description: ordinary functions have a writable, non-enumerable prototype with constructor
includes: [propertyHelper.js]
---*/

function F() {}
assert.sameValue(F.prototype.constructor, F);
verifyProperty(F, 'prototype', { writable: true, enumerable: false, configurable: false });
