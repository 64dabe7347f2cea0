// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-definefield
description: instance fields initialize in order with this bound to the instance
features: [class, class-fields-public]
---*/

var log = [];
class C { a = log.push('a'); b = this.a + 1; }
var c = new C();
assert.sameValue(c.b, 2);
assert.sameValue(log.join(), 'a');
