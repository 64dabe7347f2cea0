// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-%arrayiteratorprototype%-object
description: array iterators inherit from %ArrayIteratorPrototype% with toStringTag
---*/

var it = [].values();
var proto = Object.getPrototypeOf(it);
assert.sameValue(proto[Symbol.toStringTag], 'Array Iterator');
assert.sameValue(typeof proto.next, 'function');
assert.sameValue(it[Symbol.iterator](), it);
