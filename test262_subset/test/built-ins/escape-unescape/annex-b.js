// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-escape-string
description: Annex B escape and unescape
---*/

assert.sameValue(escape('a b+é\u0100'), 'a%20b+%E9%u0100');
assert.sameValue(unescape('%u0041%42'), 'AB');
