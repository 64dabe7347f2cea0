// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-getvalue
description: getters on primitive wrappers receive the primitive as this in strict getters
---*/

Object.defineProperty(Number.prototype, 'selfType', { get: function () { 'use strict'; return typeof this; }, configurable: true });
assert.sameValue((5).selfType, 'number');
delete Number.prototype.selfType;
