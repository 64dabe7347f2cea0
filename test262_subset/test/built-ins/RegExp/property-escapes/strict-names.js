// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-static-semantics-unicodematchproperty-p
description: property names and values match exactly (no loose matching, no other properties)
features: [regexp-unicode-property-escapes]
---*/

['\\p{ascii}', '\\p{Lowercase_letter}', '\\p{General_Category=lu}', '\\p{Script=latin}',
 '\\p{Script=Old Italic}', '\\p{ASCII=Yes}', '\\p{Script}', '\\p{gc}', '\\p{Block=Basic_Latin}',
 '\\p{InBasicLatin}', '\\p{IsLatin}', '\\p{ Lu}', '\\p{Lu', '\\p{}', '\\P{^Lu}'].forEach(function (src) {
  assert.throws(SyntaxError, function () { new RegExp(src, 'u'); }, src);
});
assert(/^\p{Lu}\p{Uppercase_Letter}\p{gc=Lu}\p{General_Category=Uppercase_Letter}$/u.test('ABCD'));
assert(/^\p{Other_Number}+$/u.test('\u00B2\u00BD'));
assert(/^\p{Alpha}\p{Alphabetic}$/u.test('\u0345a'), 'Other_Alphabetic marks are Alphabetic');
assert(/^\p{CWKCF}+$/u.test('A\u00AD\uFB01'));
assert(!/\p{Changes_When_NFKC_Casefolded}/u.test('a'));
// without u or v, \p is an identity escape
assert(/^\p{Lu}$/.test('p{Lu}'));
