// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-forbidden-extensions
description: strict functions have no own caller/arguments properties
---*/

function f() { 'use strict'; }
assert.sameValue(f.hasOwnProperty('caller'), false);
assert.sameValue(f.hasOwnProperty('arguments'), false);
assert.throws(TypeError, function () { return f.caller; });
