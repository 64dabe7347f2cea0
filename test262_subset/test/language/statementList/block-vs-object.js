// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-block
description: a statement-level brace starts a block, not an object literal
---*/

assert.sameValue(eval('{}'), undefined);
assert.sameValue(eval('({})').constructor, Object);
assert.sameValue(eval('{ a: 1 }'), 1);
