// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-super-keyword
description: super.x in a static method looks up the parent constructor
features: [class]
---*/

class A { static who() { return 'A'; } }
class B extends A { static who() { return 'B<' + super.who(); } }
assert.sameValue(B.who(), 'B<A');
