// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype-@@iterator
description: the string iterator yields code points and lone surrogates
includes: [compareArray.js]
---*/

assert.compareArray([...'a\uD83D\uDE00\uD800b'], ['a', '\uD83D\uDE00', '\uD800', 'b']);
