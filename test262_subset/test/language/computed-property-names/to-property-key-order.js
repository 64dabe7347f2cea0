// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object-initializer-runtime-semantics-propertydefinitionevaluation
description: computed keys are evaluated and converted in source order
---*/

var log = [];
function k(v) { return { toString: function () { log.push(v); return v; } }; }
var o = { [k('a')]: log.push('va'), [k('b')]: log.push('vb') };
assert.sameValue(log.join(), 'a,va,b,vb');
