// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-function-definitions-runtime-semantics-instantiatefunctionobject
description: function declarations get a name property
includes: [propertyHelper.js]
---*/

function myName() {}
verifyProperty(myName, 'name', { value: 'myName', writable: false, enumerable: false, configurable: true });
