// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-return-statement
description: >
  `return [no LineTerminator here] Expression`: a string or template on the next line is not
  the argument; one that starts on the same line is, even when it spans lines
---*/

function stringNext() { return
"x"; }
function templateNext() { return
`y`; }
function continuation() { return "a\
b"; }
function template() { return `c
d`; }
function commentWithNewline() { return /*
*/ "e"; }

assert.sameValue(stringNext(), undefined);
assert.sameValue(templateNext(), undefined);
assert.sameValue(continuation(), "ab");
assert.sameValue(template(), "c\nd");
assert.sameValue(commentWithNewline(), undefined);
