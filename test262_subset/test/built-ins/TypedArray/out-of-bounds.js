// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-integer-indexed-exotic-objects
description: out-of-bounds integer indices are ignored and never become properties
---*/

var ta = new Int8Array(2);
ta[5] = 1;
assert.sameValue(ta[5], undefined);
assert.sameValue(ta.hasOwnProperty('5'), false);
ta['-0'] = 1;
assert.sameValue(ta['-0'], undefined);
ta.foo = 'ok';
assert.sameValue(ta.foo, 'ok');
