// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-create-bytes-module
description: >
  A bytes module's default export is a Uint8Array over an immutable ArrayBuffer holding the
  file's bytes, undecoded; the same module record serves static and dynamic imports
flags: [module, async]
features: [import-attributes, immutable-arraybuffer, import-bytes, dynamic-import]
includes: [compareArray.js, asyncHelpers.js]
---*/

import bytes from './import-bytes_FIXTURE.txt' with { type: 'bytes' };

assert.compareArray(bytes, [112, 121, 106, 115, 10, 195, 169]);
assert.sameValue(Object.getPrototypeOf(bytes), Uint8Array.prototype);
assert.sameValue(bytes.buffer.immutable, true);
assert.sameValue(bytes.byteOffset, 0);
assert.throws(TypeError, function () { bytes.buffer.transfer(); });
assert.throws(TypeError, function () { bytes[0] = 1; }, "module code is strict");

asyncTest(async function () {
  var ns = await import('./import-bytes_FIXTURE.txt', { with: { type: 'bytes' } });
  assert.sameValue(ns.default, bytes);
});
