// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-arraybuffer.prototype.transfertoimmutable
description: >
  transferToImmutable detaches the source and copies (or zero-pads) its bytes into a new
  immutable buffer; sliceToImmutable copies a slice and leaves the source alone; an immutable
  buffer cannot be transferred, resized or detached again
features: [immutable-arraybuffer, resizable-arraybuffer]
includes: [compareArray.js]
---*/

var src = new ArrayBuffer(4, { maxByteLength: 8 });
new Uint8Array(src).set([5, 6, 7, 8]);
var sliced = src.sliceToImmutable(-3, 3);
assert.sameValue(src.detached, false, "sliceToImmutable keeps its receiver");
assert.compareArray(new Uint8Array(sliced), [6, 7]);

var imm = src.transferToImmutable(6);
assert.sameValue(src.detached, true);
assert.sameValue(imm.immutable, true);
assert.sameValue(imm.resizable, false, "an immutable buffer is fixed-length");
assert.sameValue(imm.maxByteLength, 6);
assert.compareArray(new Uint8Array(imm), [5, 6, 7, 8, 0, 0]);
assert.sameValue(Object.getPrototypeOf(imm), ArrayBuffer.prototype);
assert.sameValue(new ArrayBuffer(1).immutable, false);

assert.throws(TypeError, function () { imm.transfer(); });
assert.throws(TypeError, function () { imm.transferToFixedLength(); });
assert.throws(TypeError, function () { imm.transferToImmutable(); });
assert.throws(TypeError, function () { imm.resize(0); });
assert.throws(TypeError, function () { src.transferToImmutable(); }, "detached receiver");
assert.throws(TypeError, function () { src.sliceToImmutable(); }, "detached receiver");

var copy = imm.slice(4);
assert.sameValue(copy.immutable, false, "slice of an immutable buffer is mutable");
assert.sameValue(copy.byteLength, 2);
var again = imm.sliceToImmutable(0, 2);
assert.notSameValue(again, imm);
assert.compareArray(new Uint8Array(again), [5, 6]);

var length = { valueOf: function () { throw new Test262Error(); } };
assert.throws(Test262Error, function () { new ArrayBuffer(1).transferToImmutable(length); });

var getter = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "immutable").get;
assert.throws(TypeError, function () { getter.call(new DataView(new ArrayBuffer(1))); });
