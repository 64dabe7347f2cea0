// The arguments object: length, mapping in sloppy mode, strict/unmapped behavior, and conversion.
function describe() {
  return `${arguments.length}:[${Array.prototype.slice.call(arguments).map(String).join(',')}]`;
}
console.log(describe(), describe(1), describe('a', undefined, null));

function mapped(a, b) {
  arguments[0] = 'A';
  b = 'B';
  return [a, arguments[1], arguments.length].join(' ');
}
console.log(mapped(1, 2), '|', mapped(1));

function unmappedStrict(a) {
  'use strict';
  arguments[0] = 'changed';
  return a;
}
function unmappedDefaults(a, b = 2) { a = 'changed'; return arguments[0]; }
function unmappedRest(a, ...rest) { a = 'changed'; return arguments[0]; }
console.log(unmappedStrict('orig'), unmappedDefaults('orig'), unmappedRest('orig'));

// Extra arguments are not mapped; setting length changes nothing else.
function extras(a) {
  arguments[1] = 'second';
  arguments.length = 5;
  return `${arguments[1]} ${arguments.length} ${[...Array.prototype.slice.call(arguments, 0, 2)].join('/')}`;
}
console.log(extras('x'));

// Arrow functions and nested functions see the outer arguments only via closure.
function outer() {
  const arrow = () => arguments.length;
  function inner() { return arguments.length; }
  return `${arrow()} ${inner()} ${inner(1, 2, 3)}`;
}
console.log(outer('a', 'b'));

// Variadic helpers.
function sum() { let s = 0; for (let i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
function max() { return Math.max.apply(null, arguments); }
const toArray = function () { return Array.from(arguments); };
console.log(sum(1, 2, 3, 4), max(4, 9, 2), toArray('p', 'q').reverse().join(''), sum.apply(null, [5, 5]));

// arguments is iterable and array-like, but not an array.
function kinds() {
  return [Array.isArray(arguments), typeof arguments, arguments instanceof Object,
    Object.prototype.toString.call(arguments), [...arguments].length, Object.keys(arguments).join('')].join(' ');
}
console.log(kinds('x', 'y'));

// callee in sloppy mode; forbidden in strict mode.
const fact = function (n) { return n <= 1 ? 1 : n * arguments.callee(n - 1); };
console.log(fact(6));
function strictCallee() { 'use strict'; try { return arguments.callee; } catch (e) { return e.constructor.name; } }
console.log(strictCallee());

// Forwarding arguments.
function logCall(fn) { return function () { const r = fn.apply(this, arguments); return `${fn.name}(${[...arguments].join(', ')}) = ${r}`; }; }
const loggedPow = logCall(function pow(b, e) { return b ** e; });
console.log(loggedPow(2, 8), loggedPow(3, 3));

// A parameter named arguments shadows the object.
function shadowed(arguments) { return arguments; }
console.log(shadowed('param wins'));
