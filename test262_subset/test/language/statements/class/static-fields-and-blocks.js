// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-class-definitions
description: static fields and static initialization blocks run in order
features: [class, class-static-fields-public, class-static-block]
---*/

var log = [];
class C {
  static a = log.push('a');
  static { log.push('block:' + this.a); }
  static b = log.push('b');
}
assert.sameValue(log.join(), 'a,block:1,b');
assert.sameValue(C.b, 3);
