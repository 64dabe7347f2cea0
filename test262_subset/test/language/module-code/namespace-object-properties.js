// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-module-namespace-exotic-objects
description: >
  A namespace object has a null prototype, sorted export keys, writable non-configurable
  data properties it refuses to change, and @@toStringTag "Module".
flags: [module]
includes: [compareArray.js]
---*/
import * as ns from './namespace-object-properties_FIXTURE.js';

assert.sameValue(Object.getPrototypeOf(ns), null);
assert.sameValue(Object.isExtensible(ns), false);
assert.compareArray(Object.keys(ns), ['a', 'b', 'default', 'z']);
var desc = Object.getOwnPropertyDescriptor(ns, 'a');
assert.sameValue(desc.value, 1);
assert.sameValue(desc.writable, true);
assert.sameValue(desc.enumerable, true);
assert.sameValue(desc.configurable, false);
assert.sameValue(Reflect.set(ns, 'a', 2), false);
assert.sameValue(Reflect.deleteProperty(ns, 'a'), false);
assert.sameValue(Reflect.deleteProperty(ns, 'missing'), true);
assert.sameValue(Reflect.defineProperty(ns, 'a', { value: 1 }), true, 'same value');
assert.sameValue(Reflect.defineProperty(ns, 'a', { value: 2 }), false, 'other value');
assert.sameValue(ns[Symbol.toStringTag], 'Module');
assert.sameValue('z' in ns, true);
