// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-environment-records
description: closures keep their environments alive and share them
---*/

function counter() { var n = 0; return { inc: function () { return ++n; }, get: function () { return n; } }; }
var c = counter();
c.inc(); c.inc();
assert.sameValue(c.get(), 2);
assert.sameValue(counter().get(), 0);
