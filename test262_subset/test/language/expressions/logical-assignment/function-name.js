// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-assignment-operators-runtime-semantics-evaluation
description: anonymous functions assigned with ||= get the binding's name
features: [logical-assignment-operators]
---*/

var fn;
fn ||= function () {};
assert.sameValue(fn.name, 'fn');
