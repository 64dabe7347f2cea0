// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-runtime-semantics-keyeddestructuringassignmentevaluation
description: >
  The property key is converted, then the target reference is evaluated (its own key left
  unconverted), then the source property is read, the default evaluated, and PutValue
  converts the target key and stores; a rest target is evaluated before the copy, and an
  array element's target before the iterator steps.
includes: [compareArray.js]
---*/

var log = [];
function key(name) {
  log.push("key " + name);
  return { toString: function() { log.push("convert " + name); return name; } };
}
function target(n) {
  log.push("target " + n);
  return { set t(v) { log.push("set " + n + " " + typeof v); } };
}
var source = {
  get s() { log.push("get s"); return undefined; },
  get r() { log.push("get r"); return 1; }
};

({ [key("s")]: target(1)[key("t")] = (log.push("default"), 0), ...target(2).t } = source);

assert.compareArray(log, [
  "key s", "convert s", "target 1", "key t", "get s", "default", "convert t", "set 1 number",
  "target 2", "get r", "set 2 object"
]);

log = [];
var iterable = {};
iterable[Symbol.iterator] = function() {
  return {
    next: function() { log.push("next"); return { done: false, value: undefined }; },
    return: function() { log.push("return"); return {}; }
  };
};
[target(3)[key("t")] = (log.push("default"), 0)] = iterable;

assert.compareArray(log, ["target 3", "key t", "next", "default", "convert t", "set 3 number", "return"]);
