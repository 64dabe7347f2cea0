// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-regexp.prototype.exec
description: exec returns match arrays with index, input and groups
---*/

var m = /(\d+)-(?<w>\w+)/.exec('x 12-ab y');
assert.sameValue(m[0], '12-ab');
assert.sameValue(m[1], '12');
assert.sameValue(m.index, 2);
assert.sameValue(m.input, 'x 12-ab y');
assert.sameValue(m.groups.w, 'ab');
assert.sameValue(/z/.exec('abc'), null);
