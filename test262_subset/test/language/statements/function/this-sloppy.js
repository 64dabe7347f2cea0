// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-ordinarycallbindthis
description: this is the global object in sloppy functions called plainly
flags: [noStrict]
---*/

function f() { return this; }
assert.sameValue(f(), globalThis);
