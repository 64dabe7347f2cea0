// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-module-environment-records
description: An imported binding reflects later assignments in the exporting module.
flags: [module]
---*/
import { value, bump } from './live-binding-update_FIXTURE.js';
import * as ns from './live-binding-update_FIXTURE.js';

assert.sameValue(value, 1, 'initial value');
bump();
assert.sameValue(value, 2, 'after the exporter assigned');
assert.sameValue(ns.value, 2, 'through the namespace object');
assert.throws(TypeError, function() { value = 3; }, 'an import binding is immutable');
