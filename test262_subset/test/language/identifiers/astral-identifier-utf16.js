// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-identifier-names
description: >
  An identifier with a character outside the BMP names the same property as the string of
  its UTF-16 code units.
---*/
var o = { 𝑓: 1 };
assert.sameValue(o['𝑓'], 1);
assert.sameValue(Object.keys(o)[0].length, 2);
var 𝑔𝑔 = 'value';
assert.sameValue(𝑔𝑔, 'value');
