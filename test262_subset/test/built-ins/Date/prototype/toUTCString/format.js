// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-date.prototype.toutcstring
description: toUTCString uses the RFC 7231 format
---*/

assert.sameValue(new Date(0).toUTCString(), 'Thu, 01 Jan 1970 00:00:00 GMT');
