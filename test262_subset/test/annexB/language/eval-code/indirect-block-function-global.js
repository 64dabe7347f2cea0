// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-web-compat-evaldeclarationinstantiation
description: >
  In sloppy indirect eval code a block function creates a configurable global property that
  is updated when the declaration is evaluated.
flags: [noStrict]
---*/
(0, eval)('{ function fromIndirectEval() { return 1; } }');
assert.sameValue(fromIndirectEval(), 1);
var desc = Object.getOwnPropertyDescriptor(this, 'fromIndirectEval');
assert.sameValue(desc.configurable, true, 'eval code vars are deletable');
assert.sameValue(desc.enumerable, true);
