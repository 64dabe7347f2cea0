// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-typeof-operator
description: typeof for every function kind and for proxies
features: [generators, async-functions, Proxy]
---*/

assert.sameValue(typeof function* () {}, 'function');
assert.sameValue(typeof async function () {}, 'function');
assert.sameValue(typeof new Proxy(function () {}, {}), 'function');
assert.sameValue(typeof new Proxy({}, {}), 'object');
