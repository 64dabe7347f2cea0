// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-promise.withResolvers
description: Promise.withResolvers returns a promise and its functions
flags: [async]
features: [promise-with-resolvers]
---*/

var r = Promise.withResolvers();
r.promise.then(function (v) { assert.sameValue(v, 'done'); }).then($DONE, $DONE);
r.resolve('done');
