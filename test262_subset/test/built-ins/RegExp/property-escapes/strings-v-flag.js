// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-compiletocharset
description: binary properties of strings match whole emoji sequences, in v mode only
features: [regexp-unicode-property-escapes, regexp-v-flag]
---*/

var family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
assert(/^\p{RGI_Emoji}$/v.test(family));
assert(/^\p{RGI_Emoji_ZWJ_Sequence}$/v.test(family));
assert.sameValue(('x' + family).match(/\p{RGI_Emoji}/v)[0], family, 'longest string first');
assert(/^\p{Emoji_Keycap_Sequence}$/v.test('#\uFE0F\u20E3'));
assert(/^\p{RGI_Emoji_Flag_Sequence}$/v.test('\u{1F1EB}\u{1F1F7}'));
assert(!/^\p{RGI_Emoji_Flag_Sequence}$/v.test('\u{1F1EB}'));
assert(/^\p{Basic_Emoji}$/v.test('\u{1F600}'));
assert(/^[\p{RGI_Emoji_Flag_Sequence}--\q{\u{1F1E9}\u{1F1EA}}]$/v.test('\u{1F1EB}\u{1F1F7}'));
assert(!/^[\p{RGI_Emoji_Flag_Sequence}--\q{\u{1F1E9}\u{1F1EA}}]$/v.test('\u{1F1E9}\u{1F1EA}'));
['\\P{RGI_Emoji}', '[^\\p{RGI_Emoji}]', '\\p{RGI_Emoji=Yes}'].forEach(function (src) {
  assert.throws(SyntaxError, function () { new RegExp(src, 'v'); }, src);
});
assert.throws(SyntaxError, function () { new RegExp('\\p{RGI_Emoji}', 'u'); });
