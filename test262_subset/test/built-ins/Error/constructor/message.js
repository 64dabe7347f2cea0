// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-error-message
description: Error sets an own message only when given, and supports cause
---*/

var e = new Error('m');
assert.sameValue(e.message, 'm');
assert.sameValue(e.hasOwnProperty('message'), true);
assert.sameValue(new Error().hasOwnProperty('message'), false);
assert.sameValue(new Error('x', { cause: 'why' }).cause, 'why');
assert.sameValue(new Error('x', {}).hasOwnProperty('cause'), false);
assert.sameValue(Error('called').message, 'called');
