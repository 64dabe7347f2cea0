// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-proxy-object-internal-methods-and-internal-slots
description: set, has and deleteProperty traps
---*/

var log = [];
var p = new Proxy({}, {
  set: function (t, k, v) { log.push('set ' + k); t[k] = v; return true; },
  has: function (t, k) { log.push('has ' + k); return k === 'magic'; },
  deleteProperty: function (t, k) { log.push('delete ' + k); return true; }
});
p.x = 1;
assert.sameValue('magic' in p, true);
delete p.x;
assert.sameValue(log.join(), 'set x,has magic,delete x');
