// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-date.prototype.tojson
description: toJSON returns null for invalid dates
---*/

assert.sameValue(new Date(NaN).toJSON(), null);
assert.sameValue(new Date(0).toJSON(), '1970-01-01T00:00:00.000Z');
