// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-json.stringify
description: function and array replacers
---*/

assert.sameValue(JSON.stringify({ a: 1, b: 2 }, ['b']), '{"b":2}');
assert.sameValue(JSON.stringify({ a: 1, b: 'x' }, function (k, v) { return typeof v === 'number' ? v + 1 : v; }), '{"a":2,"b":"x"}');
