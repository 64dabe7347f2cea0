// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-encodeuri-uri
description: encodeURI keeps reserved URI characters
---*/

assert.sameValue(encodeURI('http://x.y/a b?q=1&r=é#h'), 'http://x.y/a%20b?q=1&r=%C3%A9#h');
