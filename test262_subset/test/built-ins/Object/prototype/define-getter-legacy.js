// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.prototype.__defineGetter__
description: Annex B __defineGetter__ and __lookupGetter__
---*/

var o = {};
function g() { return 'v'; }
o.__defineGetter__('x', g);
assert.sameValue(o.x, 'v');
assert.sameValue(o.__lookupGetter__('x'), g);
