// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-date.prototype.setutchours
description: UTC setters update the time value and return it
---*/

var d = new Date(0);
var r = d.setUTCHours(5, 6);
assert.sameValue(r, 5 * 3600000 + 6 * 60000);
d.setUTCFullYear(2001);
assert.sameValue(d.getUTCFullYear(), 2001);
assert.sameValue(new Date(NaN).setUTCSeconds(1), NaN);
