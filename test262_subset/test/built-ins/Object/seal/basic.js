// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.seal
description: Object.seal prevents adding/removing but allows writes
---*/

var o = Object.seal({ a: 1 });
assert(Object.isSealed(o));
o.a = 2;
assert.sameValue(o.a, 2);
assert.sameValue(Object.isFrozen(o), false);
assert.sameValue(Reflect.deleteProperty(o, 'a'), false);
