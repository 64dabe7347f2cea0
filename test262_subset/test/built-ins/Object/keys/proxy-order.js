// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-enumerableownproperties
description: Object.keys asks a proxy for keys then descriptors
features: [Proxy]
---*/

var log = [];
var p = new Proxy({ a: 1 }, {
  ownKeys: function (t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
  getOwnPropertyDescriptor: function (t, k) { log.push('gopd ' + k); return Reflect.getOwnPropertyDescriptor(t, k); }
});
Object.keys(p);
assert.sameValue(log.join(), 'ownKeys,gopd a');
