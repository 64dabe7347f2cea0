// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-json.parse
description: __proto__ in JSON text is an ordinary own property
---*/

var o = JSON.parse('{"__proto__": 1}');
assert.sameValue(Object.getPrototypeOf(o), Object.prototype);
assert.sameValue(Object.getOwnPropertyDescriptor(o, '__proto__').value, 1);
