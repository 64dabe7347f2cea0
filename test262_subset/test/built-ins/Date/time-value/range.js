// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-timeclip
description: time values beyond 8.64e15 are invalid
---*/

assert.sameValue(new Date(8.64e15).getTime(), 8.64e15);
assert.sameValue(new Date(8.64e15 + 1).getTime(), NaN);
assert.sameValue(String(new Date(NaN)), 'Invalid Date');
assert.throws(RangeError, function () { new Date(NaN).toISOString(); });
