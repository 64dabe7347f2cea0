// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-arraysetlength
description: defining array length truncates; non-writable length blocks growth
---*/

var a = [1, 2, 3];
Object.defineProperty(a, 'length', { value: 1 });
assert.sameValue(a.length, 1);
assert.sameValue(a[1], undefined);
Object.defineProperty(a, 'length', { writable: false });
assert.throws(TypeError, function () { a.push(2); });
assert.throws(RangeError, function () { Object.defineProperty([], 'length', { value: -1 }); });
