// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-prepareforordinarycall
description: >
  A function of another realm runs in its own realm (calleeRealm becomes the current Realm
  Record): the objects its code creates, the errors it raises and built-ins it reaches through
  its own global come from that realm; the caller's realm is current again afterwards.
flags: [noStrict]
features: [cross-realm]
---*/
var other = $262.createRealm().global;

// Call the function `source` evaluates to in the other realm, directly from here, with `arg`;
// the value it returns (or throws) has the other realm's C.prototype as its prototype.
function assertMadeInOther(source, arg, C, label) {
  var value = other.eval(source)(arg);
  assert.sameValue(Object.getPrototypeOf(value), other[C].prototype, label);
}
function assertThrownInOther(source, arg, C, label) {
  var thrown;
  try { other.eval(source)(arg); } catch (e) { thrown = e; }
  assert.sameValue(Object.getPrototypeOf(thrown), other[C].prototype, label);
}

assertMadeInOther("(function(){ return [] })", undefined, "Array", "array literal");
assertMadeInOther("(function(){ return {} })", undefined, "Object", "object literal");
assertMadeInOther("(function(){ return function(){} })", undefined, "Function", "function expr");
assertMadeInOther("(function(){ return /a/ })", undefined, "RegExp", "regexp literal");
assertMadeInOther("(function(){ try { null.x } catch (e) { return e } })", undefined, "TypeError", "TypeError from op");
assert.sameValue(other.eval("(function(){ return this })")(), other, "sloppy this");
assert.sameValue(other.eval("(function(){ return globalThis })")(), other, "global ref");
assertMadeInOther("(function(s){ return eval(s) })", "[]", "Array", "direct eval");
assertMadeInOther("(function(s){ return (0,eval)(s) })", "[]", "Array", "indirect eval");
assert.sameValue(Object.getPrototypeOf(other.Function("return []")()), other.Array.prototype, "Function ctor");
assert.sameValue(other.Function("return this")(), other, "Function ctor this");
assert.sameValue(Object.getPrototypeOf([]), Array.prototype, "the caller realm after the calls");
assertMadeInOther("(function(){ return (x => x)`a` })", undefined, "Array", "template object");
var gen = other.eval("(function*(){ yield 1 })");
assert.sameValue(Object.getPrototypeOf(Object.getPrototypeOf(gen())), Object.getPrototypeOf(Object.getPrototypeOf(other.eval("(function*(){})")())) , "generator");
assertMadeInOther("(async function(){ })", undefined, "Promise", "async fn promise");
assertMadeInOther("(function(a){ return [...a] })", [1], "Array", "spread");
assertMadeInOther("(function(...a){ return a })", 1, "Array", "rest");
assertMadeInOther("(function(){ return arguments })", undefined, "Object", "arguments");
assertMadeInOther("(function(){ return class { } })", undefined, "Function", "class");
assertMadeInOther("(function(){ return Object.keys({a:1}) })", undefined, "Array", "builtin via other global");
// builtins from the other realm called from here: their results come from their realm
assert.sameValue(Object.getPrototypeOf(other.Array.of.call(undefined, 1)), other.Array.prototype, "Array.of with undefined this");
assert.sameValue(Object.getPrototypeOf(other.Object.keys({})), other.Array.prototype, "Object.keys");
assert.sameValue(Object.getPrototypeOf(other.JSON.parse("[]")), other.Array.prototype, "JSON.parse");
var te; try { other.Array.prototype.map.call(null) } catch (e) { te = e }
assert.sameValue(Object.getPrototypeOf(te), other.TypeError.prototype, "builtin TypeError");
assertThrownInOther("(function(){ undefinedVar })", undefined, "ReferenceError", "ReferenceError from op");
assertThrownInOther("(function(x){ x() })", 1, "TypeError", "not a function");
