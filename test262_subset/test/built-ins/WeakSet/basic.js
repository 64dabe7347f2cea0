// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-weakset-objects
description: WeakSet holds objects only
---*/

var ws = new WeakSet();
var o = {};
ws.add(o);
assert.sameValue(ws.has(o), true);
assert.throws(TypeError, function () { ws.add('s'); });
assert.sameValue(ws.delete(o), true);
