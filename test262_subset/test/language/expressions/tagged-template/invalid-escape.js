// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-template-literal-lexical-components
description: an invalid escape in a tagged template gives undefined cooked value
---*/

function tag(s) { return s[0] === undefined && s.raw[0] === '\\unicode'; }
assert.sameValue(tag`\unicode`, true);
