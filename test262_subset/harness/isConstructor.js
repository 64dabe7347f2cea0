// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
description: isConstructor(f) tells whether f has a [[Construct]] method, without calling it.
defines: [isConstructor]
features: [Reflect.construct]
---*/

function isConstructor(f) {
  if (typeof f !== 'function') {
    throw new Test262Error('isConstructor invoked with a non-function value');
  }
  try {
    // Reflect.construct throws a TypeError unless newTarget is a constructor; f is never called.
    Reflect.construct(function () {}, [], f);
  } catch (err) {
    return false;
  }
  return true;
}
