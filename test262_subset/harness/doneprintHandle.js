// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
description: $DONE reports an async test's outcome through the host's print.
defines: [$DONE]
---*/

function $DONE(error) {
  if (!error) {
    print('Test262:AsyncTestComplete');
    return;
  }
  var text;
  if (typeof error === 'object' && error !== null && 'name' in error) {
    text = error.name + ': ' + error.message;
  } else {
    text = 'Test262Error: ' + String(error);
  }
  print('Test262:AsyncTestFailure:' + text);
}
