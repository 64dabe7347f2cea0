// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-performeval
description: new.target is allowed in direct eval inside a function
features: [new.target]
---*/

function F() { return eval('new.target'); }
assert.sameValue(F(), undefined);
