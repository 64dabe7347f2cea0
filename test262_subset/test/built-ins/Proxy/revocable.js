// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-proxy.revocable
description: a revoked proxy throws on every operation
---*/

var r = Proxy.revocable({}, {});
r.proxy.a = 1;
assert.sameValue(r.proxy.a, 1);
r.revoke();
assert.throws(TypeError, function () { r.proxy.a; });
assert.throws(TypeError, function () { typeof r.proxy.x; });
assert.sameValue(typeof r.proxy, 'object');
