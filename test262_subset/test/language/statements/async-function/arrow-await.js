// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-async-arrow-function-definitions
description: async arrow functions keep lexical this
flags: [async]
features: [async-functions]
---*/

var o = { v: 'lex', run() { return (async () => { await null; return this.v; })(); } };
o.run().then(function (v) { assert.sameValue(v, 'lex'); }).then($DONE, $DONE);
