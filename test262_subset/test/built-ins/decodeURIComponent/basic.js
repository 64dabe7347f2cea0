// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-decodeuricomponent-encodeduricomponent
description: decodeURIComponent decodes UTF-8 sequences and rejects malformed ones
---*/

assert.sameValue(decodeURIComponent('%C3%A9%20x'), 'é x');
assert.sameValue(decodeURIComponent('%F0%9F%98%80'), '\uD83D\uDE00');
assert.throws(URIError, function () { decodeURIComponent('%C3'); });
assert.throws(URIError, function () { decodeURIComponent('%ZZ'); });
