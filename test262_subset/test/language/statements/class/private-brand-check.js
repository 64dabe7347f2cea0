// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-privatefieldget
description: reading a private field of the wrong object throws TypeError
features: [class, class-fields-private]
---*/

class C { #x = 1; static get(o) { return o.#x; } }
assert.sameValue(C.get(new C()), 1);
assert.throws(TypeError, function () { C.get({}); });
