// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-assertion
description: lookahead and lookbehind assertions
---*/

assert.sameValue(/\d+(?=px)/.exec('12px 3em')[0], '12');
assert.sameValue(/\d+(?!px)/.exec('12px 3em')[0], '1');
assert.sameValue(/(?<=\$)\d+/.exec('cost $42')[0], '42');
assert.sameValue(/(?<!\$)\b\d+/.exec('$4 5')[0], '5');
