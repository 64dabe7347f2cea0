// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-applystringornumericbinaryoperator
description: Date objects use string conversion under +
---*/

var d = new Date(0);
assert.sameValue(d + 1, d.toString() + '1');
