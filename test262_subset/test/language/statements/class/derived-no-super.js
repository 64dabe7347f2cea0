// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-ecmascript-function-objects-construct-argumentslist-newtarget
description: a derived constructor that never calls super throws ReferenceError
features: [class]
---*/

class A {}
class B extends A { constructor() {} }
assert.throws(ReferenceError, function () { new B(); });
