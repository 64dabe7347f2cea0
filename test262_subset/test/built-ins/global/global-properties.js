// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-global-object
description: the global object has the standard constructors, non-enumerable
---*/

var names = ['Object', 'Array', 'Promise', 'Map', 'JSON', 'Math', 'Reflect', 'parseInt', 'encodeURI'];
for (var i = 0; i < names.length; i++) {
  var d = Object.getOwnPropertyDescriptor(globalThis, names[i]);
  assert.notSameValue(d, undefined, names[i]);
  assert.sameValue(d.enumerable, false, names[i]);
  assert.sameValue(d.writable, true, names[i]);
}
