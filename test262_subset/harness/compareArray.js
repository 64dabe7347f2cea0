// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
description: Element-wise array comparison (test262's harness/compareArray.js API).
defines: [compareArray]
---*/

function compareArray(a, b) {
  if (b.length !== a.length) {
    return false;
  }
  for (var i = 0; i < a.length; i++) {
    if (!assert._isSameValue(a[i], b[i])) {
      return false;
    }
  }
  return true;
}

compareArray.format = function (arrayLike) {
  var parts = [];
  for (var i = 0; i < arrayLike.length; i++) {
    parts.push(typeof arrayLike[i] === 'string' ? JSON.stringify(arrayLike[i]) : assert._toString(arrayLike[i]));
  }
  return '[' + parts.join(', ') + ']';
};

assert.compareArray = function (actual, expected, message) {
  var prefix = assert._prefix(message);
  if (typeof actual !== 'object' || actual === null || typeof expected !== 'object' || expected === null) {
    throw new Test262Error(prefix + 'compareArray needs two array-like objects, got ' +
      assert._toString(actual) + ' and ' + assert._toString(expected));
  }
  if (!compareArray(actual, expected)) {
    throw new Test262Error(prefix + 'Expected ' + compareArray.format(actual) + ' and ' +
      compareArray.format(expected) + ' to have the same contents.');
  }
};
