// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-await
description: await unwraps non-promise thenables
flags: [async]
features: [async-functions]
---*/

var thenable = { then: function (resolve) { resolve('from thenable'); } };
async function f() { return await thenable; }
f().then(function (v) { assert.sameValue(v, 'from thenable'); }).then($DONE, $DONE);
