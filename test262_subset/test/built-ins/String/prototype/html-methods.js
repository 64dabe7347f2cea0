// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype.anchor
description: Annex B HTML methods
---*/

assert.sameValue('x'.bold(), '<b>x</b>');
assert.sameValue('x'.anchor('a"b'), '<a name="a&quot;b">x</a>');
