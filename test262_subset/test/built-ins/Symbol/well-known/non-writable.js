// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-well-known-symbols
description: well-known symbols are non-writable, non-configurable properties
includes: [propertyHelper.js]
---*/

verifyProperty(Symbol, 'iterator', { writable: false, enumerable: false, configurable: false });
assert.sameValue(typeof Symbol.asyncIterator, 'symbol');
assert.sameValue(Symbol.iterator.description, 'Symbol.iterator');
