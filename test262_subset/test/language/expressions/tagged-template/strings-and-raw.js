// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-gettemplateobject
description: tags receive cooked strings, raw strings and the substitutions
---*/

function tag(strings, ...vals) {
  return strings.join('|') + '#' + strings.raw.join('|') + '#' + vals.join();
}
assert.sameValue(tag`a${1}\n${2}c`, 'a|\n|c#a|\\n|c#1,2');
