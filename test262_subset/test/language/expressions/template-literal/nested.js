// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-template-literals
description: templates nest inside substitutions
---*/

var n = 2;
assert.sameValue(`a${`b${n}`}c`, 'ab2c');
