// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-web-compat-evaldeclarationinstantiation
description: >
  No var binding is made for a block function when a var of its name would be an early
  error: an enclosing block's let binding.
flags: [noStrict]
---*/
eval('{ let clash = 1; { function clash() {} } }');
assert.sameValue(typeof clash, 'undefined');
assert.throws(ReferenceError, function() { clash; });
