// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-assignment-operators
description: "||= does not evaluate or assign when the target is truthy"
features: [logical-assignment-operators]
---*/

var setterCalls = 0;
var o = { get p() { return 'v'; }, set p(x) { setterCalls++; } };
o.p ||= 'other';
assert.sameValue(setterCalls, 0);
var z = 0;
z ||= 'fallback';
assert.sameValue(z, 'fallback');
