// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-reflect.get
description: Reflect.get and Reflect.set pass the receiver to accessors
---*/

var o = { get g() { return this.v; }, set s(x) { this.w = x; } };
var receiver = { v: 'recv' };
assert.sameValue(Reflect.get(o, 'g', receiver), 'recv');
Reflect.set(o, 's', 5, receiver);
assert.sameValue(receiver.w, 5);
