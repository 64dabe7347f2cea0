// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-value-properties-of-the-global-object
description: undefined, NaN and Infinity are non-writable globals
includes: [propertyHelper.js]
---*/

verifyProperty(globalThis, 'undefined', { value: undefined, writable: false, enumerable: false, configurable: false });
verifyProperty(globalThis, 'NaN', { writable: false, enumerable: false, configurable: false });
verifyProperty(globalThis, 'Infinity', { value: Infinity, writable: false, enumerable: false, configurable: false });
