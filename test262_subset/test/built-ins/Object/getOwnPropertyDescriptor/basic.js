// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.getownpropertydescriptor
description: Object.getOwnPropertyDescriptor returns a fresh descriptor object
---*/

var d = Object.getOwnPropertyDescriptor({ a: 1 }, 'a');
assert.sameValue(d.value, 1);
assert.sameValue(d.writable, true);
assert.sameValue(d.enumerable, true);
assert.sameValue(d.configurable, true);
assert.sameValue(Object.getOwnPropertyDescriptor({}, 'a'), undefined);
assert.sameValue(Object.getOwnPropertyDescriptor('abc', 'length').value, 3);
