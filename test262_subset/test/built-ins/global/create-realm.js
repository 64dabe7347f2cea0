// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-code-realms
description: objects from another realm have distinct intrinsics
---*/

var other = $262.createRealm().global;
var OArray = other.Array;
assert.notSameValue(OArray, Array);
var arr = new OArray();
assert.sameValue(arr instanceof Array, false);
assert.sameValue(Array.isArray(arr), true);
assert.sameValue(other.eval('1 + 1'), 2);
