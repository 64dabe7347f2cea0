// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-decodeuri-encodeduri
description: decodeURI leaves escapes of reserved characters alone
---*/

assert.sameValue(decodeURI('%2F%41%23'), '%2FA%23');
