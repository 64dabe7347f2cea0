// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-properties-of-string-instances-length
description: string length is non-writable and string indices are read-only
includes: [propertyHelper.js]
---*/

var s = new String('ab');
verifyProperty(s, 'length', { value: 2, writable: false, enumerable: false, configurable: false });
verifyProperty(s, '0', { value: 'a', writable: false, enumerable: true, configurable: false });
