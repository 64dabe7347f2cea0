// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-async-function-definitions
description: async methods in classes
flags: [async]
features: [async-functions, class]
---*/

class C { async m(x) { return (await x) * 2; } }
new C().m(Promise.resolve(4)).then(function (v) { assert.sameValue(v, 8); }).then($DONE, $DONE);
