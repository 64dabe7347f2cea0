// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-date-year-month-date-hours-minutes-seconds-ms
description: years 0-99 map to 1900-1999
---*/

assert.sameValue(new Date(99, 0).getFullYear(), 1999);
assert.sameValue(Date.UTC(5, 0) === Date.UTC(1905, 0), true);
