// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-ordinarycallbindthis
description: strict functions do not box a primitive this
---*/

function sloppy() { return typeof this; }
function strict() { 'use strict'; return typeof this; }
assert.sameValue(strict.call(5), 'number');
assert.sameValue(strict.call(undefined), 'undefined');
