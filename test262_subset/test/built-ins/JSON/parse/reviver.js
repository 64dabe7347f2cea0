// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-internalizejsonproperty
description: the reviver runs bottom-up and can delete properties
---*/

var r = JSON.parse('{"a":1,"b":{"c":2}}', function (k, v) {
  if (k === 'a') return undefined;
  return typeof v === 'number' ? v * 10 : v;
});
assert.sameValue('a' in r, false);
assert.sameValue(r.b.c, 20);
