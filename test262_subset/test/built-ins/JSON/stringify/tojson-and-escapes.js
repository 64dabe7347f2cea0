// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-serializejsonproperty
description: toJSON is used; strings are escaped, lone surrogates too
---*/

assert.sameValue(JSON.stringify({ toJSON: function (k) { return 'K' + k; } }), '"K"');
assert.sameValue(JSON.stringify('a"\n\u0001'), '"a\\"\\n\\u0001"');
assert.sameValue(JSON.stringify('\uD800'), '"\\ud800"');
assert.sameValue(JSON.stringify('\u2028'), '"\u2028"');
