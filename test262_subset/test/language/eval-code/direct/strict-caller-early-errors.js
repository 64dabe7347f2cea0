// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-performeval
description: eval code of a direct eval in strict code is strict code, with strict early errors
flags: [noStrict]
---*/

function strictEval(src) {
  'use strict';
  return eval(src);
}
['var public = 1;', 'arguments = 10;', 'eval = 1;', 'var x = 010;', 'function f(a, a) {}',
 'delete x;', 'with ({}) {}', '"\\08";', 'var interface;'].forEach(function (src) {
  assert.throws(SyntaxError, function () { strictEval(src); }, src);
});
// the same sources are fine in a sloppy direct eval and in an indirect eval
eval('var public = 1;');
assert.sameValue(public, 1);
(function () {
  'use strict';
  (0, eval)('var interface = 2;');
})();
assert.sameValue(interface, 2);
