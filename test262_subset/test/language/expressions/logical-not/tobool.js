// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-logical-not-operator
description: "! uses ToBoolean"
---*/

assert.sameValue(!'', true);
assert.sameValue(!'0', false);
assert.sameValue(!NaN, true);
assert.sameValue(![], false);
assert.sameValue(!0n, true);
assert.sameValue(!-0, true);
