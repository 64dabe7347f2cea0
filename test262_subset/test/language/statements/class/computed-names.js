// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-class-definitions
description: computed method names and symbol-keyed methods
features: [class]
---*/

var k = 'dyn';
class C { [k + 'amic']() { return 1; } [Symbol.iterator]() { return [].values(); } }
assert.sameValue(new C().dynamic(), 1);
assert.sameValue([...new C()].length, 0);
