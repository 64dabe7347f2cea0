// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-regexp.prototype.tostring
description: toString combines source and flags
---*/

assert.sameValue(/a\/b/gi.toString(), '/a\\/b/gi');
assert.sameValue(RegExp.prototype.toString.call({ source: 'x', flags: 'y' }), '/x/y');
