// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-putvalue
description: >
  A strict assignment resolves its target before the right-hand side runs; an unresolvable
  reference throws a ReferenceError in PutValue even when the right-hand side has created
  the global property meanwhile, and the right-hand side's effects stay.
flags: [onlyStrict]
---*/

assert.throws(ReferenceError, function() {
  undeclaredTarget = (globalThis.undeclaredTarget = 5);
});
assert.sameValue(globalThis.undeclaredTarget, 5, "the right-hand side ran");

globalThis.existing = 1;
existing = 2;
assert.sameValue(existing, 2, "a global property that exists is assigned");

globalThis.vanishing = 1;
assert.throws(ReferenceError, function() {
  vanishing = (delete globalThis.vanishing, 2);
}, "deleted by the right-hand side");
assert.sameValue("vanishing" in globalThis, false);
