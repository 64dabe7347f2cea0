// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-block
description: a closure created before initialization sees the later value
---*/

function f() { return later; }
let later = 'init';
assert.sameValue(f(), 'init');
