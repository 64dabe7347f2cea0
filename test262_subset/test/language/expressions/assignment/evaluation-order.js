// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-assignment-operators-runtime-semantics-evaluation
description: the target reference is evaluated before the right side
---*/

var log = [];
var o = {};
function obj() { log.push('obj'); return o; }
function key() { log.push('key'); return 'k'; }
function val() { log.push('val'); return 1; }
obj()[key()] = val();
assert.sameValue(log.join(), 'obj,key,val');
assert.sameValue(o.k, 1);
