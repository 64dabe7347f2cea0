// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-source-text-module-record-initialize-environment
description: Importing a name the module does not export is a SyntaxError when linking.
flags: [module]
negative:
  phase: resolution
  type: SyntaxError
---*/
$DONOTEVALUATE();
import { absent } from './namespace-object-properties_FIXTURE.js';
