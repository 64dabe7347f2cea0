// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-json.parse
description: JSON.parse parses all value types
---*/

var v = JSON.parse('{"a":[1,2.5,-3e2],"b":null,"c":true,"d":"s\\u0041"}');
assert.sameValue(v.a[2], -300);
assert.sameValue(v.b, null);
assert.sameValue(v.d, 'sA');
