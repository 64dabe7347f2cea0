// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-reflect-@@tostringtag
description: Reflect is a plain object with a toStringTag
---*/

assert.sameValue(Object.prototype.toString.call(Reflect), '[object Reflect]');
assert.sameValue(typeof Reflect, 'object');
