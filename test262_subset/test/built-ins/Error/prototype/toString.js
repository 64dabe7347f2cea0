// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-error.prototype.tostring
description: Error.prototype.toString combines name and message
---*/

assert.sameValue(new TypeError('bad').toString(), 'TypeError: bad');
assert.sameValue(Error.prototype.toString.call({ name: 'N', message: '' }), 'N');
assert.sameValue(Error.prototype.toString.call({ message: 'm' }), 'Error: m');
assert.throws(TypeError, function () { Error.prototype.toString.call(1); });
