// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
description: asyncTest and assert.throwsAsync (test262's harness/asyncHelpers.js API).
defines: [asyncTest, assert.throwsAsync]
---*/

function asyncTest(testFunc) {
  if (!Object.prototype.hasOwnProperty.call(globalThis, '$DONE')) {
    throw new Test262Error('asyncTest called without async flag');
  }
  if (typeof testFunc !== 'function') {
    $DONE(new Test262Error('asyncTest called with non-function argument'));
    return;
  }
  try {
    testFunc().then(function () { $DONE(); }, function (error) { $DONE(error); });
  } catch (syncError) {
    $DONE(syncError);
  }
}

assert.throwsAsync = function (expectedErrorConstructor, func, message) {
  var prefix = assert._prefix(message);
  return new Promise(function (resolve) {
    function fail(detail) {
      throw new Test262Error(prefix + detail);
    }
    if (typeof expectedErrorConstructor !== 'function') {
      fail('assert.throwsAsync called with an argument that is not an error constructor');
    }
    if (typeof func !== 'function') {
      fail('assert.throwsAsync called with an argument that is not a function');
    }
    var result;
    try {
      result = func();
    } catch (syncError) {
      fail('Expected a ' + expectedErrorConstructor.name + ' to be thrown asynchronously but func() threw synchronously');
    }
    if (result === null || typeof result !== 'object' || typeof result.then !== 'function') {
      fail('Expected a ' + expectedErrorConstructor.name + ' to be thrown asynchronously but func() did not return a thenable');
    }
    resolve(result.then(function () {
      fail('Expected a ' + expectedErrorConstructor.name + ' to be thrown asynchronously but no exception was thrown at all');
    }, function (thrown) {
      if (thrown === null || typeof thrown !== 'object') {
        fail('Thrown value was not an object!');
      }
      if (thrown.constructor !== expectedErrorConstructor) {
        fail('Expected a ' + expectedErrorConstructor.name + ' but got a ' + (thrown.constructor && thrown.constructor.name));
      }
    }));
  });
};
