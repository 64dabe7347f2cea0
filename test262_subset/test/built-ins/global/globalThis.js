// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-globalthis
description: globalThis is the global object and is writable and configurable
includes: [propertyHelper.js]
---*/

var g = Function('return this')();
assert.sameValue(globalThis, g);
verifyProperty(globalThis, 'globalThis', { value: g, writable: true, enumerable: false, configurable: true });
