// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-literals-numeric-literals
description: BigInt literals in all bases
features: [BigInt]
---*/

assert.sameValue(0x10n, 16n);
assert.sameValue(0o10n, 8n);
assert.sameValue(0b10n, 2n);
assert.sameValue(typeof 10n, 'bigint');
