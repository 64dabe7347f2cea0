// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-try-statement
description: catch without a binding
features: [optional-catch-binding]
---*/

var ok = false;
try { throw 1; } catch { ok = true; }
assert(ok);
