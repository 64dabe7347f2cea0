// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-boolean-constructor
description: Boolean converts with ToBoolean; wrappers are truthy
---*/

assert.sameValue(Boolean(''), false);
assert.sameValue(Boolean('false'), true);
assert.sameValue(Boolean(new Boolean(false)), true);
assert.sameValue(new Boolean(false).valueOf(), false);
assert.sameValue(true.toString(), 'true');
assert.throws(TypeError, function () { Boolean.prototype.valueOf.call(1); });
