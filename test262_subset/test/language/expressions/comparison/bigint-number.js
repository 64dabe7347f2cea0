// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-islessthan
description: BigInt and Number compare by mathematical value
features: [BigInt]
---*/

assert.sameValue(1n < 2, true);
assert.sameValue(2n > 1.5, true);
assert.sameValue(9007199254740993n > 9007199254740992, true);
assert.sameValue(1n < NaN, false);
