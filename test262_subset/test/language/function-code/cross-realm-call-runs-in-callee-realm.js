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
var f = other.eval("(function(){ return [] })");
assert.sameValue(Object.getPrototypeOf(f()), other.Array.prototype, "array literal");
var g = other.eval("(function(){ return {} })");
assert.sameValue(Object.getPrototypeOf(g()), other.Object.prototype, "object literal");
var h = other.eval("(function(){ return function(){} })");
assert.sameValue(Object.getPrototypeOf(h()), other.Function.prototype, "function expr");
var r = other.eval("(function(){ return /a/ })");
assert.sameValue(Object.getPrototypeOf(r()), other.RegExp.prototype, "regexp literal");
var t = other.eval("(function(){ try { null.x } catch (e) { return e } })");
assert.sameValue(Object.getPrototypeOf(t()), other.TypeError.prototype, "TypeError from op");
var u = other.eval("(function(){ return this })");
assert.sameValue(u(), other, "sloppy this");
var gl = other.eval("(function(){ return globalThis })");
assert.sameValue(gl(), other, "global ref");
var ev = other.eval("(function(s){ return eval(s) })");
assert.sameValue(Object.getPrototypeOf(ev("[]")), other.Array.prototype, "direct eval");
var ie = other.eval("(function(s){ return (0,eval)(s) })");
assert.sameValue(Object.getPrototypeOf(ie("[]")), other.Array.prototype, "indirect eval");
assert.sameValue(Object.getPrototypeOf(other.Function("return []")()), other.Array.prototype, "Function ctor");
assert.sameValue(other.Function("return this")(), other, "Function ctor this");
assert.sameValue(Object.getPrototypeOf([]), Array.prototype, "the caller realm after the calls");
var tmpl = other.eval("(function(){ return (x => x)`a` })");
assert.sameValue(Object.getPrototypeOf(tmpl()), other.Array.prototype, "template object");
var gen = other.eval("(function*(){ yield 1 })");
assert.sameValue(Object.getPrototypeOf(Object.getPrototypeOf(gen())), Object.getPrototypeOf(Object.getPrototypeOf(other.eval("(function*(){})")())) , "generator");
var af = other.eval("(async function(){ })");
assert.sameValue(Object.getPrototypeOf(af()), other.Promise.prototype, "async fn promise");
var spread = other.eval("(function(a){ return [...a] })");
assert.sameValue(Object.getPrototypeOf(spread([1])), other.Array.prototype, "spread");
var rest = other.eval("(function(...a){ return a })");
assert.sameValue(Object.getPrototypeOf(rest(1)), other.Array.prototype, "rest");
var args = other.eval("(function(){ return arguments })");
assert.sameValue(Object.getPrototypeOf(args()), other.Object.prototype, "arguments");
var cls = other.eval("(function(){ return class { } })");
assert.sameValue(Object.getPrototypeOf(cls()), other.Function.prototype, "class");
var ofn = other.eval("(function(){ return Object.keys({a:1}) })");
assert.sameValue(Object.getPrototypeOf(ofn()), other.Array.prototype, "builtin via other global");
// builtins from the other realm called from here: their results come from their realm
assert.sameValue(Object.getPrototypeOf(other.Array.of.call(undefined, 1)), other.Array.prototype, "Array.of with undefined this");
assert.sameValue(Object.getPrototypeOf(other.Object.keys({})), other.Array.prototype, "Object.keys");
assert.sameValue(Object.getPrototypeOf(other.JSON.parse("[]")), other.Array.prototype, "JSON.parse");
var te; try { other.Array.prototype.map.call(null) } catch (e) { te = e }
assert.sameValue(Object.getPrototypeOf(te), other.TypeError.prototype, "builtin TypeError");
var te2; try { other.eval("(function(){ undefinedVar })")() } catch (e) { te2 = e }
assert.sameValue(Object.getPrototypeOf(te2), other.ReferenceError.prototype, "ReferenceError from op");
var te3; try { other.eval("(function(x){ x() })")(1) } catch (e) { te3 = e }
assert.sameValue(Object.getPrototypeOf(te3), other.TypeError.prototype, "not a function");
