// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-globaldeclarationinstantiation
description: global var declarations create non-configurable global properties
includes: [propertyHelper.js]
---*/

var globalVar = 1;
verifyProperty(globalThis, 'globalVar', { value: 1, writable: true, enumerable: true, configurable: false });
