// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-async-module-execution-fulfilled
description: >
  A module waits for its dependency's top-level await; a sibling that does not depend on it
  runs while the first dependency is suspended.
flags: [module, async]
features: [top-level-await]
---*/
import { log } from './top-level-await-order-log_FIXTURE.js';
import './top-level-await-order_FIXTURE.js';
import './top-level-await-order-sibling_FIXTURE.js';

log.push('main');
assert.sameValue(log.join(), 'start,sibling,end,main');
$DONE();
