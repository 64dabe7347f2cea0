// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-json.stringify
description: the space argument indents output
---*/

assert.sameValue(JSON.stringify({ a: [1] }, null, 2), '{\n  "a": [\n    1\n  ]\n}');
assert.sameValue(JSON.stringify([1], null, '--'), '[\n--1\n]');
assert.sameValue(JSON.stringify({}, null, 4), '{}');
