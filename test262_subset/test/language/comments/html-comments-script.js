// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-html-like-comments
description: HTML-like comments are comments in scripts (Annex B)
---*/

var x = 1;
<!-- x = 2;
assert.sameValue(x, 1);
--> this line is a comment
