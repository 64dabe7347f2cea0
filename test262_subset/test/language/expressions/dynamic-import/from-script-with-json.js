// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-import-calls
description: >
  import() in a script resolves relative to the script, gives the same namespace object for
  the same module, and loads JSON modules with a type attribute.
flags: [async]
features: [dynamic-import, import-attributes, json-modules]
---*/
var first;
import('./from-script-with-json_FIXTURE.js').then(function(ns) {
  first = ns;
  assert.sameValue(ns.default, 'fixture');
  return import('./from-script-with-json_FIXTURE.js');
}).then(function(ns) {
  assert.sameValue(ns, first);
  return import('./from-script-with-json_FIXTURE.json', { with: { type: 'json' } });
}).then(function(ns) {
  assert.sameValue(ns.default.answer, 42);
  return import('./does-not-exist_FIXTURE.js').then(function() {
    throw new Test262Error('a missing module must reject');
  }, function() {});
}).then($DONE, $DONE);
