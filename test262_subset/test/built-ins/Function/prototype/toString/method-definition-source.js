// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-function.prototype.tostring
description: A method's source text is its whole MethodDefinition, without a class element's static.
---*/
var o = { m /* c */ (a) { return a; }, get g() { return 1; } };
assert.sameValue(o.m.toString(), 'm /* c */ (a) { return a; }');
assert.sameValue(Object.getOwnPropertyDescriptor(o, 'g').get.toString(), 'get g() { return 1; }');
class K { static   s() {} }
assert.sameValue(K.s.toString(), 's() {}');
