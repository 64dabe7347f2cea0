// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.freeze
description: Object.freeze makes properties non-writable and the object non-extensible
---*/

var o = Object.freeze({ a: 1, get g() { return 1; } });
assert(Object.isFrozen(o));
assert(!Object.isExtensible(o));
assert.sameValue(Object.getOwnPropertyDescriptor(o, 'a').writable, false);
assert.sameValue(Object.freeze(5), 5);
assert(Object.isFrozen(5));
