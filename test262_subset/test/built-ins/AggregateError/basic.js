// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-aggregate-error
description: AggregateError collects errors from an iterable
---*/

var e = new AggregateError(new Set([1, 2]), 'msg');
assert.sameValue(e.errors.length, 2);
assert.sameValue(e.message, 'msg');
assert.sameValue(e.name, 'AggregateError');
assert(e instanceof Error);
