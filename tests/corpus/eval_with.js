// Direct and indirect eval, new Function and with statements.
var where = 'global';
function scopes() {
  var where = 'function';
  const direct = eval('where');
  const indirect = (0, eval)('where');
  const viaFunction = new Function('return where')();
  return [direct, indirect, viaFunction].join(' ');
}
console.log(scopes());

// eval can declare vars in the calling function (sloppy) but not in strict code.
function sloppyDecl() { eval('var made = "here"'); return typeof made === 'string' ? made : 'absent'; }
function strictDecl() { 'use strict'; eval('var made = "here"'); return typeof made === 'string' ? made : 'absent'; }
console.log(sloppyDecl(), strictDecl());

// eval sees and modifies closures.
function counterFactory() {
  let count = 0;
  return { inc: (code = 'count++') => eval(code), get: () => count };
}
const c = counterFactory();
c.inc(); c.inc('count += 10');
console.log(c.get(), c.inc('count * 2'));

// Completion values of eval.
console.log(eval('1; 2; 3'), eval('var q = 5;'), eval('{ "block" }'), eval('let a = 1; a + 1'), eval(''));

// Generated functions from data.
const ops = { add: '+', sub: '-', mul: '*' };
const compiled = Object.fromEntries(Object.entries(ops).map(([k, op]) => [k, new Function('a', 'b', `return a ${op} b;`)]));
console.log(Object.entries(compiled).map(([k, f]) => `${k}=${f(7, 3)}`).join(' '));
const poly = new Function('x', 'return ' + [3, 0, 2].map((c, i) => `${c} * x ** ${i}`).join(' + '));
console.log(poly(2), poly.length, typeof poly.prototype);

// with: reads and writes go to the object when it has the property.
const scopeObj = { x: 1, y: 2 };
var z = 'outer z';
with (scopeObj) {
  x = x + y;
  z = 'assigned via with';
  var declaredInWith = x * 10;
}
console.log(JSON.stringify(scopeObj), z, declaredInWith);

// with and closures: lookups are dynamic.
const env = { v: 'first' };
let reader;
with (env) { reader = () => v; }
console.log(reader());
env.v = 'second';
console.log(reader());
delete env.v;
var v = 'global v';
console.log(reader());

// with over a Math-like object for formula evaluation.
function formula(src) { with (Math) { return eval(src); } }
console.log(formula('round(sqrt(16) + PI * 100) / 100'), formula('max(abs(-3), floor(2.9))'));

// Errors inside eval carry through.
try { eval('function () {}'); } catch (e) { console.log(e.constructor === SyntaxError); }
try { eval('undefinedVariable + 1'); } catch (e) { console.log(e.name, e.message); }
console.log(typeof eval, eval.name, eval.length);
