// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-proxy-object-internal-methods-and-internal-slots-get-p-receiver
description: the get trap intercepts reads
---*/

var p = new Proxy({ a: 1 }, { get: function (t, k, r) { return k === 'a' ? t[k] * 10 : 'trap:' + String(k); } });
assert.sameValue(p.a, 10);
assert.sameValue(p.other, 'trap:other');
