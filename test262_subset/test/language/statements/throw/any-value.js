// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-throw-statement
description: any value can be thrown and caught
---*/

var caught;
try { throw 42; } catch (e) { caught = e; }
assert.sameValue(caught, 42);
try { throw undefined; } catch (e) { caught = e; }
assert.sameValue(caught, undefined);
