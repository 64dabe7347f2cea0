// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-patterns
description: character classes and escapes
---*/

assert(/^\d\w\s$/.test('1a '));
assert(/^[^abc]$/.test('d'));
assert(/^[a-c]+$/.test('abcab'));
assert(/\bword\b/.test('a word here'));
assert(/^\x41\u0042$/.test('AB'));
assert(!/^.$/.test('\n'));
assert(/^.$/s.test('\n'));
