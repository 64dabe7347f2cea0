// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-function.prototype.tostring
description: >
  A built-in accessor's source text keeps its get/set prefix, and a name that is not an
  IdentifierName (the legacy RegExp.$& getter's) is written as a computed PropertyName, so
  the text still has the syntax of a NativeFunction.
features: [Symbol.species, legacy-regexp]
---*/

var amp = Object.getOwnPropertyDescriptor(RegExp, "$&").get.toString();
assert.sameValue(amp, 'function get ["$&"]() { [native code] }');
var one = Object.getOwnPropertyDescriptor(RegExp, "$1").get.toString();
assert.sameValue(one, "function get $1() { [native code] }");
var species = Object.getOwnPropertyDescriptor(Map, Symbol.species).get.toString();
assert.sameValue(species, "function get [Symbol.species]() { [native code] }");
