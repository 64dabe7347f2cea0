// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-scripts
description: a raw test runs without the harness
flags: [raw]
---*/

if (typeof assert !== 'undefined') { throw new Error('harness must not be loaded for raw tests'); }
if (typeof $262 !== 'object') { throw new Error('$262 missing'); }
