// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-pattern-semantics
description: the u flag matches code points and enables \u{...} and \p{...}
---*/

assert.sameValue(/^.$/u.test('\uD83D\uDE00'), true);
assert.sameValue(/^.$/.test('\uD83D\uDE00'), false);
assert(/\u{1F600}/u.test('\uD83D\uDE00'));
assert(/^\p{Lu}+$/u.test('ABC'));
assert.throws(SyntaxError, function () { new RegExp('\\p{Nope}', 'u'); });
