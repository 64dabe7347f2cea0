// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-regexp.prototype-@@replace
description: unmatched groups are undefined in replacer callbacks and empty in $n
---*/

var args;
'ab'.replace(/(x)?b/, function () { args = arguments; return ''; });
assert.sameValue(args[1], undefined);
assert.sameValue('ab'.replace(/(x)?b/, '[$1]'), 'a[]');
