// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-gettemplateobject
description: the template object is cached per site and frozen
---*/

function id(s) { return s; }
function get() { return id`x`; }
var a = get(), b = get();
assert.sameValue(a, b);
assert(Object.isFrozen(a));
assert(Object.isFrozen(a.raw));
assert.notSameValue(id`x`, a);
