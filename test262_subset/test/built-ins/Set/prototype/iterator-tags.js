// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-%setiteratorprototype%-@@tostringtag
description: Set iterators and prototype tags
---*/

var it = new Set([1]).values();
assert.sameValue(Object.prototype.toString.call(it), '[object Set Iterator]');
assert.sameValue(Set.prototype.keys, Set.prototype.values);
assert.sameValue(Set.prototype[Symbol.iterator], Set.prototype.values);
