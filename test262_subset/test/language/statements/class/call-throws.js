// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-ecmascript-function-objects-call-thisargument-argumentslist
description: calling a class constructor without new throws TypeError
features: [class]
---*/

class C {}
assert.throws(TypeError, function () { C(); });
