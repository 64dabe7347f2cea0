--> an HTML-like close comment on the first line
// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-html-like-comments
description: An HTML-like comment is accepted at the start of a Script, in eval code and in Function bodies.
flags: [raw]
---*/
<!-- an HTML-like open comment
if (eval('--> at the start of eval code\n1') !== 1) throw new Error('eval');
if (Function('-->\nreturn 2')() !== 2) throw new Error('Function');
