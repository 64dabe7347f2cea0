// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-proxy-object-internal-methods-and-internal-slots-call-thisargument-argumentslist
description: apply and construct traps for function targets
---*/

var p = new Proxy(function () { return 'orig'; }, {
  apply: function (t, thisArg, args) { return 'apply:' + args.join(); },
  construct: function (t, args) { return { built: args[0] }; }
});
assert.sameValue(p(1, 2), 'apply:1,2');
assert.sameValue(new p('x').built, 'x');
assert.sameValue(typeof p, 'function');
assert.throws(TypeError, function () { new (new Proxy({}, {}))(); });
