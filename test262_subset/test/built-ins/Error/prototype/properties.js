// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-properties-of-the-error-prototype-object
description: Error.prototype is an ordinary object with name and message
includes: [propertyHelper.js]
---*/

assert.sameValue(Object.prototype.toString.call(Error.prototype), '[object Object]');
verifyProperty(Error.prototype, 'name', { value: 'Error', writable: true, enumerable: false, configurable: true });
verifyProperty(Error.prototype, 'message', { value: '', writable: true, enumerable: false, configurable: true });
