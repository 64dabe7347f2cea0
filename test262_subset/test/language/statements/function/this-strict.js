// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-ordinarycallbindthis
description: this is undefined in strict functions called plainly
flags: [onlyStrict]
---*/

function f() { return this; }
assert.sameValue(f(), undefined);
