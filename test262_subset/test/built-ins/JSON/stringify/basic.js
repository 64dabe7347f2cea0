// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-json.stringify
description: JSON.stringify serializes values and skips unsupported ones
---*/

assert.sameValue(JSON.stringify({ a: [1, 'x', null, undefined, function () {}] }), '{"a":[1,"x",null,null,null]}');
assert.sameValue(JSON.stringify({ u: undefined, f: function () {}, s: Symbol() }), '{}');
assert.sameValue(JSON.stringify(undefined), undefined);
assert.sameValue(JSON.stringify(NaN), 'null');
assert.sameValue(JSON.stringify(-0), '0');
assert.sameValue(JSON.stringify(new Date(0)), '"1970-01-01T00:00:00.000Z"');
