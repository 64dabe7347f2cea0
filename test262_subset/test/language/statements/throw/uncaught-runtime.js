// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-throw-statement
description: an uncaught throw is a runtime error of that type
negative:
  phase: runtime
  type: TypeError
---*/

throw new TypeError('boom');
