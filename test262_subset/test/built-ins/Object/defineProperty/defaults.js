// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.defineproperty
description: absent descriptor fields default to false
includes: [propertyHelper.js]
---*/

var o = {};
Object.defineProperty(o, 'x', { value: 1 });
verifyProperty(o, 'x', { value: 1, writable: false, enumerable: false, configurable: false });
