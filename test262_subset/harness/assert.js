// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
description: Assertion functions (the API of test262's harness/assert.js, written for pyjs).
defines: [assert]
---*/

function assert(mustBeTrue, message) {
  if (mustBeTrue === true) {
    return;
  }
  if (message === undefined) {
    message = 'Expected true but got ' + assert._toString(mustBeTrue);
  }
  throw new Test262Error(message);
}

assert._isSameValue = function (a, b) {
  if (a === b) {
    // +0 and -0 are equal under === but not the same value.
    return a !== 0 || 1 / a === 1 / b;
  }
  // NaN is the only value not equal to itself.
  return a !== a && b !== b;
};

assert._toString = function (value) {
  try {
    if (value === 0 && 1 / value === -Infinity) {
      return '-0';
    }
    return String(value);
  } catch (err) {
    if (err instanceof TypeError) {
      // Symbols and objects without a usable toString.
      return typeof value === 'symbol' ? value.toString() : Object.prototype.toString.call(value);
    }
    throw err;
  }
};

assert._prefix = function (message) {
  return message === undefined ? '' : message + ' ';
};

assert.sameValue = function (actual, expected, message) {
  if (assert._isSameValue(actual, expected)) {
    return;
  }
  throw new Test262Error(assert._prefix(message) + 'Expected SameValue(«' +
    assert._toString(actual) + '», «' + assert._toString(expected) + '») to be true');
};

assert.notSameValue = function (actual, unexpected, message) {
  if (!assert._isSameValue(actual, unexpected)) {
    return;
  }
  throw new Test262Error(assert._prefix(message) + 'Expected SameValue(«' +
    assert._toString(actual) + '», «' + assert._toString(unexpected) + '») to be false');
};

assert.throws = function (expectedErrorConstructor, func, message) {
  var prefix = assert._prefix(message);
  if (typeof func !== 'function') {
    throw new Test262Error(prefix + 'assert.throws requires two arguments: the error constructor and a function to run');
  }
  try {
    func();
  } catch (thrown) {
    if (typeof thrown !== 'object' || thrown === null) {
      throw new Test262Error(prefix + 'Thrown value was not an object!');
    }
    if (thrown.constructor !== expectedErrorConstructor) {
      var expectedName = expectedErrorConstructor.name;
      var actualName = thrown.constructor && thrown.constructor.name;
      if (expectedName === actualName) {
        throw new Test262Error(prefix + 'Expected a ' + expectedName +
          ' but got a different error constructor with the same name');
      }
      throw new Test262Error(prefix + 'Expected a ' + expectedName + ' but got a ' + actualName);
    }
    return;
  }
  throw new Test262Error(prefix + 'Expected a ' + expectedErrorConstructor.name +
    ' to be thrown but no exception was thrown at all');
};
