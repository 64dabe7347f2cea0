// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-runtime-semantics-canonicalize-ch
description: case-insensitive matching
---*/

assert(/abc/i.test('AbC'));
assert(/[a-z]/i.test('Q'));
assert(/\u212A/iu.test('k'));
assert(!/\u212A/i.test('k'));
