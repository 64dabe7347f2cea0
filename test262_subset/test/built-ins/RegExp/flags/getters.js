// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-get-regexp.prototype.flags
description: flags and the individual flag getters
---*/

var re = /x/gimsuy;
assert.sameValue(re.flags, 'gimsuy');
assert.sameValue(re.global && re.ignoreCase && re.multiline && re.dotAll && re.unicode && re.sticky, true);
assert.sameValue(/x/d.hasIndices, true);
assert.sameValue(RegExp.prototype.global, undefined);
