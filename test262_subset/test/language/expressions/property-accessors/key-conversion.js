// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-property-accessors-runtime-semantics-evaluation
description: computed keys are converted with ToPropertyKey
---*/

var o = {};
o[1] = 'one';
o[{ toString() { return 'obj'; } }] = 'o';
assert.sameValue(o['1'], 'one');
assert.sameValue(o.obj, 'o');
var s = Symbol();
o[s] = 'sym';
assert.sameValue(o[s], 'sym');
