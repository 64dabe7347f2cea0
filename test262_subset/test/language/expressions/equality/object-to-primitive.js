// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-islooselyequal
description: == calls ToPrimitive on objects
---*/

var o = { valueOf: function () { return 42; } };
assert.sameValue(o == 42, true);
assert.sameValue(o == '42', true);
assert.sameValue(o === 42, false);
