// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-this-keyword
description: this at script top level is the global object
---*/

assert.sameValue(this, globalThis);
