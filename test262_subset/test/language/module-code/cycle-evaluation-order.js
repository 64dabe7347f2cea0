// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-innermoduleevaluation
description: >
  In a cycle the dependency runs first and sees the hoisted functions of the module that
  imported it, while its lexical bindings are still uninitialized.
flags: [module]
---*/
import { order, late } from './cycle-evaluation-order_FIXTURE.js';
export function hoisted() { return 'hoisted'; }
export let lexical = 'set';

assert.sameValue(order.join(), 'fixture,hoisted,ReferenceError');
assert.sameValue(late(), 'set', 'the binding is live once initialized');
