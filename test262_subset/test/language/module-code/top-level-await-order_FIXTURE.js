// Copyright (C) 2026 the pyjs authors. All rights reserved.
import { log } from './top-level-await-order-log_FIXTURE.js';
log.push('start');
await Promise.resolve();
await null;
log.push('end');
