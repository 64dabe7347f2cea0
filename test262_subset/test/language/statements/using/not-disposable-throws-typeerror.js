// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-adddisposableresource
description: A value that is not an object, or has no @@dispose method, is a TypeError at the declaration.
features: [explicit-resource-management]
---*/
var reached = false;
assert.throws(TypeError, function() {
  using x = 1;
  reached = true;
});
assert.throws(TypeError, function() {
  using x = {};
  reached = true;
});
assert.sameValue(reached, false);
