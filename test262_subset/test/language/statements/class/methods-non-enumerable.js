// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-runtime-semantics-classdefinitionevaluation
description: class methods are non-enumerable, prototype is non-writable
includes: [propertyHelper.js]
features: [class]
---*/

class C { m() {} static s() {} }
verifyProperty(C.prototype, 'm', { writable: true, enumerable: false, configurable: true });
verifyProperty(C, 's', { writable: true, enumerable: false, configurable: true });
verifyProperty(C, 'prototype', { writable: false, enumerable: false, configurable: false });
