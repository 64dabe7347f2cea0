// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object-initializer-runtime-semantics-propertydefinitionevaluation
description: object spread copies own enumerable properties
features: [object-spread]
---*/

var src = { a: 1, b: 2 };
Object.defineProperty(src, 'hidden', { value: 3, enumerable: false });
var o = { ...src, b: 20, ...null, ...'hi' };
assert.sameValue(o.a, 1);
assert.sameValue(o.b, 20);
assert.sameValue(o.hidden, undefined);
assert.sameValue(o[0], 'h');
