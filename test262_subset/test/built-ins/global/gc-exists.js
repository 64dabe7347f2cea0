// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-weak-ref-objects
description: $262.gc is callable from tests that need the host's collector
features: [host-gc-required]
---*/

assert.sameValue(typeof $262.gc, 'function');
$262.gc();
