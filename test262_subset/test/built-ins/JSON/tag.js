// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-json-@@tostringtag
description: JSON has toStringTag JSON
---*/

assert.sameValue(Object.prototype.toString.call(JSON), '[object JSON]');
