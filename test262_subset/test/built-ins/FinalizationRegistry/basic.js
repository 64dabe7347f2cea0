// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-finalization-registry-objects
description: FinalizationRegistry register and unregister
features: [FinalizationRegistry]
---*/

var fr = new FinalizationRegistry(function () {});
var token = {};
assert.sameValue(fr.register({}, 'held', token), undefined);
assert.sameValue(fr.unregister(token), true);
assert.sameValue(fr.unregister(token), false);
assert.throws(TypeError, function () { fr.register(1, 'x'); });
assert.throws(TypeError, function () { new FinalizationRegistry(); });
