// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-try-statement
description: rethrow from an inner catch reaches the outer catch after inner finally
---*/

var log = [];
try {
  try { throw 'a'; }
  catch (e) { log.push('inner ' + e); throw 'b'; }
  finally { log.push('finally'); }
} catch (e) { log.push('outer ' + e); }
assert.sameValue(log.join(), 'inner a,finally,outer b');
