// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-backreference-atom-evaluation
description: numbered and named backreferences
---*/

assert(/^(\w)\1$/.test('aa'));
assert(!/^(\w)\1$/.test('ab'));
assert(/^(?<c>.)\k<c>$/.test('zz'));
