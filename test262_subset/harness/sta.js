// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
description: The Test262Error class and $DONOTEVALUATE (test262's harness/sta.js API).
defines: [Test262Error, $DONOTEVALUATE]
---*/

function Test262Error(message) {
  if (!(this instanceof Test262Error)) {
    return new Test262Error(message);
  }
  this.message = message || '';
}

Test262Error.prototype.toString = function () {
  return 'Test262Error: ' + this.message;
};

Test262Error.thrower = function (message) {
  throw new Test262Error(message);
};

function $DONOTEVALUATE() {
  throw 'Test262: This statement should not be evaluated.';
}
