// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-static-semantics-unicodematchpropertyvalue
description: Script and Script_Extensions are different properties; values have aliases
features: [regexp-unicode-property-escapes]
---*/

// U+0342 COMBINING GREEK PERISPOMENI: Script=Inherited, Script_Extensions=Greek
assert(/^\p{Script=Inherited}$/u.test('\u0342'));
assert(!/^\p{Script=Greek}$/u.test('\u0342'));
assert(/^\p{Script_Extensions=Greek}$/u.test('\u0342'));
assert(/^\p{scx=Grek}$/u.test('\u0342'));
// U+0951 DEVANAGARI STRESS SIGN UDATTA is used by several Indic scripts
assert(/^\p{scx=Bengali}$/u.test('\u0951'));
assert(/^\p{sc=Zinh}$/u.test('\u0951'));
assert(/^\p{sc=Qaai}$/u.test('\u0951'), 'Qaai is an alias of Inherited');
assert(/^\p{Script=Qaac}+$/u.test('\u2C80\u2C81'), 'Qaac is an alias of Coptic');
assert(/^\p{sc=Latn}+$/u.test('Ab\u00C0'));
assert(/^\P{sc=Latn}+$/u.test('\u03B1\u{1D400}1'));
assert.sameValue('a\u03B1b\u03B2'.replace(/\p{Script=Greek}/gu, '.'), 'a.b.');
