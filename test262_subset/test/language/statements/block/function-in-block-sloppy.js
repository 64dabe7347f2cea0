// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-block-level-function-declarations-web-legacy-compatibility-semantics
description: in sloppy code a block function is also var-bound in the function (Annex B)
flags: [noStrict]
---*/

function f() {
  {
    function g() { return 'g'; }
  }
  return g();
}
assert.sameValue(f(), 'g');
