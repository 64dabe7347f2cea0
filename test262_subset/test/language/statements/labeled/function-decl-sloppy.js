// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-labelled-function-declarations
description: labelled function declarations are allowed in sloppy code (Annex B)
flags: [noStrict]
---*/

lbl: function f() { return 'ok'; }
assert.sameValue(f(), 'ok');
