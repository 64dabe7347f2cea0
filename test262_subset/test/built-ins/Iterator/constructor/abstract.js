// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-iterator-constructor
description: Iterator is abstract; subclasses work
features: [iterator-helpers, class]
---*/

assert.throws(TypeError, function () { new Iterator(); });
class MyIt extends Iterator { next() { return { done: true }; } }
assert.sameValue(new MyIt().toArray().length, 0);
