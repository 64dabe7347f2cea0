// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-date.parse
description: Date.parse handles the ISO format; date-only is UTC
---*/

assert.sameValue(Date.parse('1970-01-01T00:00:00.000Z'), 0);
assert.sameValue(Date.parse('1970-01-02'), 86400000);
assert.sameValue(Date.parse('2000-01-01T00:00:00+01:00'), 946681200000);
assert.sameValue(Date.parse('+002000-01-01T00:00:00Z'), 946684800000);
assert.sameValue(Date.parse('nonsense'), NaN);
