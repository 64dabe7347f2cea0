// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-function.prototype.tostring
description: toString of a builtin matches NativeFunction syntax
---*/

var s = Math.max.toString();
assert(/^function max\(\) \{\s*\[native code\]\s*\}$/.test(s), s);
assert.throws(TypeError, function () { Function.prototype.toString.call({}); });
