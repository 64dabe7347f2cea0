// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-globaldeclarationinstantiation
description: >
  A function declaration whose global property is non-configurable and not a writable,
  enumerable data property throws a TypeError before any var or function of the script is
  created; a configurable property is redefined as a writable, enumerable one.
flags: [noStrict]
---*/
assert.throws(TypeError, function () {
  (0, eval)('var early; function undefined() {} var late;');
});
assert.sameValue(Object.getOwnPropertyDescriptor(this, 'early'), undefined);
assert.sameValue(Object.getOwnPropertyDescriptor(this, 'late'), undefined);
Object.defineProperty(this, 'redefined', { value: 0, writable: false, enumerable: false, configurable: true });
$262.evalScript('function redefined() { return 1; }');
var desc = Object.getOwnPropertyDescriptor(this, 'redefined');
assert.sameValue(desc.writable, true);
assert.sameValue(desc.enumerable, true);
assert.sameValue(desc.configurable, false, 'a script function binding is not deletable');
assert.sameValue(redefined(), 1);
