// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
description: fnGlobalObject() returns the global object from sloppy-mode code.
defines: [fnGlobalObject]
---*/

var fnGlobalObject = Function('return this;');
