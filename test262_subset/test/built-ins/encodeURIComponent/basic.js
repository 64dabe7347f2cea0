// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-encodeuricomponent-uricomponent
description: encodeURIComponent escapes reserved characters and UTF-8 encodes
---*/

assert.sameValue(encodeURIComponent('a b&c/d'), 'a%20b%26c%2Fd');
assert.sameValue(encodeURIComponent('é'), '%C3%A9');
assert.sameValue(encodeURIComponent('\uD83D\uDE00'), '%F0%9F%98%80');
assert.sameValue(encodeURIComponent("-_.!~*'()"), "-_.!~*'()");
assert.throws(URIError, function () { encodeURIComponent('\uD800'); });
