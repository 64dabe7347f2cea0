// Hoisting of var and function declarations, TDZ for let/const/class, and block functions.
console.log(typeof hoistedFn, typeof hoistedVar, hoistedVar, hoistedFn());
var hoistedVar = 'assigned later';
function hoistedFn() { return 'callable before its declaration'; }
console.log(hoistedVar);

const tdzProbes = {
  letBefore() { const r = typeof later; let later = 1; return r; },
  constInClosure() { const read = () => value; try { return read(); } finally { } const value = 1; },
  classBefore() { new Klass(); class Klass {} },
  selfInit() { let self = self + 1; return self; },
  paramDefault(a = b, b = 1) { return a; },
  switchCase() { switch (1) { case 0: let s = 1; break; case 1: return s; } },
};
for (const [name, probe] of Object.entries(tdzProbes)) {
  try { console.log(`${name}: no error, got ${probe()}`); }
  catch (e) { console.log(`${name}: ${e.name}: ${e.message}`); }
}

// typeof on an undeclared name is fine, on a TDZ binding it throws.
console.log(typeof totallyUndeclared);

// Function declarations in blocks (sloppy mode, Annex B).
console.log(typeof blockFn);
{
  console.log(typeof blockFn);
  function blockFn() { return 'block'; }
}
console.log(typeof blockFn, blockFn());

// Inner function declarations are hoisted within their function.
function outer() {
  const results = [inner(), typeof laterVar];
  var laterVar = 1;
  function inner() { return 'inner hoisted'; }
  return results.join(', ');
}
console.log(outer());

// var in loops and catch blocks leaks to the function scope; let does not.
function leaks() {
  for (var i = 0; i < 3; i++) {}
  for (let j = 0; j < 3; j++) {}
  try { throw 1; } catch (e) { var fromCatch = 'visible'; }
  return `${i} ${typeof j} ${fromCatch}`;
}
console.log(leaks());

// Shadowing and the closest declaration wins, including in nested blocks.
let shade = 'outer';
function shadowTest() {
  const seen = [shade];
  {
    let shade = 'block';
    seen.push(shade);
    {
      const shade = 'inner block';
      seen.push(shade);
    }
  }
  return seen.join(' > ');
}
console.log(shadowTest());

// Function expressions are not hoisted, only their var binding.
try { notYet(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
var notYet = function () { return 'now'; };
console.log(notYet());

// Class declarations behave like let.
try { const x = new Later(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
class Later { constructor() { this.ok = true; } }
console.log(new Later().ok);

// Redeclaring var is allowed; same name function then var keeps the function until assigned.
var dup = 1;
var dup;
console.log(dup);
function dupFn() { return 'function'; }
var dupFn;
console.log(typeof dupFn);
