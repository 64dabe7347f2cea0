// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-disposeresources
description: >
  An error thrown by a dispose method while another error is pending becomes a
  SuppressedError whose error is the new one and whose suppressed is the pending one.
features: [explicit-resource-management]
---*/
function failing(message) {
  return { [Symbol.dispose]: function() { throw new Error(message); } };
}
var caught;
try {
  using first = failing('first');
  using second = failing('second');
  throw new Test262Error('body');
} catch (e) {
  caught = e;
}
assert(caught instanceof SuppressedError, 'outer');
assert.sameValue(caught.error.message, 'first');
assert(caught.suppressed instanceof SuppressedError, 'inner');
assert.sameValue(caught.suppressed.error.message, 'second');
assert(caught.suppressed.suppressed instanceof Test262Error, 'the body error');
