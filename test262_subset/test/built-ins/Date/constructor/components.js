// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-date-year-month-date-hours-minutes-seconds-ms
description: new Date with components uses local time; UTC uses UTC
---*/

var d = new Date(2020, 1, 29, 12, 30, 15, 500);
assert.sameValue(d.getFullYear(), 2020);
assert.sameValue(d.getMonth(), 1);
assert.sameValue(d.getDate(), 29);
assert.sameValue(d.getMilliseconds(), 500);
assert.sameValue(Date.UTC(1970, 0, 1), 0);
assert.sameValue(Date.UTC(2000, 0), 946684800000);
