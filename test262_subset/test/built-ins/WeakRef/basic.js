// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-weak-ref-objects
description: WeakRef deref returns the target while it is alive
features: [WeakRef]
---*/

var target = {};
var wr = new WeakRef(target);
assert.sameValue(wr.deref(), target);
assert.throws(TypeError, function () { new WeakRef(1); });
assert.throws(TypeError, function () { WeakRef({}); });
assert.sameValue(Object.prototype.toString.call(wr), '[object WeakRef]');
