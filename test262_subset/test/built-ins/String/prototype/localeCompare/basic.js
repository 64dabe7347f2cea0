// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype.localecompare
description: localeCompare orders strings
---*/

assert.sameValue('a'.localeCompare('b') < 0, true);
assert.sameValue('b'.localeCompare('a') > 0, true);
assert.sameValue('a'.localeCompare('a'), 0);
