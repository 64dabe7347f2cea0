// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-getsubstitution
description: replace with regexp groups and named groups
---*/

assert.sameValue('2020-01'.replace(/(\d+)-(\d+)/, '$2/$1'), '01/2020');
assert.sameValue('2020-01'.replace(/(?<y>\d+)-(?<m>\d+)/, '$<m>.$<y>'), '01.2020');
assert.sameValue('aXbX'.replace(/x/gi, '_'), 'a_b_');
