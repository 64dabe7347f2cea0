// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-validatetypedarray
description: >
  Every writer refuses a view of an immutable buffer before converting its arguments:
  TypedArray methods that write, DataView setters, Uint8Array's setFromHex/setFromBase64;
  element stores fail ([[Set]] returns false) and elements are frozen data properties
flags: [noStrict]
features: [immutable-arraybuffer, TypedArray, uint8array-base64]
includes: [compareArray.js]
---*/

var bytes = new Uint8Array([3, 1, 2, 4]).buffer.transferToImmutable();
var ta = new Uint8Array(bytes);
var touched = false;
var spy = { valueOf: function () { touched = true; return 0; } };

assert.throws(TypeError, function () { ta.fill(spy); }, "fill");
assert.throws(TypeError, function () { ta.copyWithin(spy, 1); }, "copyWithin");
assert.throws(TypeError, function () { ta.set([1], spy); }, "set");
assert.throws(TypeError, function () { ta.reverse(); }, "reverse");
assert.throws(TypeError, function () { ta.sort(); }, "sort");
assert.throws(TypeError, function () { ta.setFromHex("ff"); }, "setFromHex");
assert.throws(TypeError, function () { ta.setFromBase64("AA=="); }, "setFromBase64");
assert.throws(TypeError, function () { new DataView(bytes).setInt16(spy, 1); }, "DataView setter");
assert.sameValue(touched, false, "arguments are not converted");

ta[0] = 9;
assert.sameValue(ta[0], 3, "a sloppy store is ignored");
assert.throws(TypeError, function () { "use strict"; ta[0] = 9; }, "a strict store throws");
assert.sameValue(Reflect.set(ta, "0", 3), false, "even the same value");
assert.sameValue(Reflect.set(ta, "7", 3), false, "out of range");
assert.sameValue(Reflect.set(ta, "x", 3), true, "not a numeric key");

var desc = Object.getOwnPropertyDescriptor(ta, "0");
assert.sameValue(desc.writable, false);
assert.sameValue(desc.configurable, false);
assert.sameValue(desc.enumerable, true);
assert.sameValue(Reflect.defineProperty(ta, "0", { value: 3 }), true, "an unchanged redefinition");
assert.sameValue(Reflect.defineProperty(ta, "0", { value: "3" }), false, "no conversion of the new value");
assert.sameValue(Reflect.defineProperty(ta, "0", { value: 3, writable: true }), false);

assert.compareArray(ta.toSorted(), [1, 2, 3, 4], "non-mutating methods work");
assert.compareArray(ta.map(function (x) { return x + 1; }), [4, 2, 3, 5]);
assert.compareArray(ta.subarray(1, 3), [1, 2]);
assert.sameValue(ta.subarray(1).buffer, bytes);
assert.compareArray(ta, [3, 1, 2, 4]);

function Immutable() { return new Uint8Array(new ArrayBuffer(4).transferToImmutable()); }
assert.throws(TypeError, function () { Uint8Array.of.call(Immutable, 1); }, "of");
assert.throws(TypeError, function () { Uint8Array.from.call(Immutable, [1]); }, "from");
var mutable = new Uint8Array(4);
mutable.constructor = { [Symbol.species]: Immutable };
assert.throws(TypeError, function () { mutable.filter(function () { return true; }); }, "filter's species");
assert.throws(TypeError, function () { mutable.slice(); }, "slice's species");
assert.sameValue(mutable.subarray(0).buffer.immutable, true, "subarray only reads");
