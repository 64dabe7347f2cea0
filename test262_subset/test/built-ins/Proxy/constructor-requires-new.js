// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-proxy-target-handler
description: Proxy requires new and object arguments
---*/

assert.throws(TypeError, function () { Proxy({}, {}); });
assert.throws(TypeError, function () { new Proxy(1, {}); });
assert.throws(TypeError, function () { new Proxy({}, null); });
assert.sameValue(Proxy.prototype, undefined);
