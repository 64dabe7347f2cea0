// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-ordinarycallbindthis
description: sloppy functions box a primitive this value
flags: [noStrict]
---*/

function sloppy() { return this; }
var t = sloppy.call('s');
assert.sameValue(typeof t, 'object');
assert(t instanceof String);
assert.sameValue(sloppy.call(null), globalThis);
