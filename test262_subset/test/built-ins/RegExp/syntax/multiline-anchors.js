// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-assertion
description: ^ and $ in multiline mode
---*/

assert.sameValue('a\nb'.match(/^b$/m)[0], 'b');
assert.sameValue(/^b$/.test('a\nb'), false);
