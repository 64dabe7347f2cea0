// Property enumeration order: integer keys ascending, then strings in insertion order, then symbols.
const o = {};
o.zebra = 1; o[10] = 'ten'; o.apple = 2; o[2] = 'two'; o['-1'] = 'neg'; o['01'] = 'lead0'; o[1.5] = 'frac';
o[Symbol('s')] = 'sym'; o[4294967295] = 'max'; o[4294967294] = 'maxidx';
console.log(Object.keys(o).join(' '));
const forIn = [];
for (const k in o) forIn.push(k);
console.log(forIn.join(' ') === Object.keys(o).join(' '), Reflect.ownKeys(o).length);

// Inherited enumerable keys come after own keys, shadowed ones appear once.
const grand = { g1: 1, shared: 'grand' };
const parent = Object.create(grand, { p1: { value: 1, enumerable: true }, hiddenP: { value: 2, enumerable: false } });
const child = Object.create(parent);
child.c1 = 1; child.shared = 'child'; child[0] = 'idx';
const keys = [];
for (const k in child) keys.push(k);
console.log(keys.join(' '), Object.keys(child).join(' '));

// A non-enumerable own property shadows an enumerable inherited one.
const shadow = Object.create({ x: 'inherited' });
Object.defineProperty(shadow, 'x', { value: 'own', enumerable: false });
const sk = [];
for (const k in shadow) sk.push(k);
console.log(`[${sk.join()}]`, shadow.x);

// Arrays and strings: indices first, then extra properties.
const arr = ['a', 'b'];
arr.extra = true;
arr[5] = 'f';
const ak = [];
for (const k in arr) ak.push(k);
console.log(ak.join(' '), arr.length);
const strKeys = [];
for (const k in new String('hi')) strKeys.push(k);
console.log(strKeys.join(' '));

// Deleting and re-adding moves a key to the end.
const re = { a: 1, b: 2, c: 3 };
delete re.a;
re.a = 'back';
console.log(Object.keys(re).join(''), JSON.stringify(re), Object.values(re).join(), Object.entries(re).map(e => e.join(':')).join(' '));

// Class instance keys follow field declaration then constructor order.
class P { z = 1; constructor() { this.a = 2; this[3] = 'three'; } }
console.log(Object.keys(new P()).join(' '));

// Object.assign and spread preserve source order.
const merged = { ...{ b: 1, 2: 'x' }, a: 2, ...{ 1: 'y', c: 3 } };
console.log(Object.keys(merged).join(' '), Object.keys(Object.assign({ q: 0 }, { p: 1 }, { q: 2 })).join(' '));

// Mutating during for-in: added keys are not visited, deleted unvisited keys are skipped.
const live = { a: 1, b: 2, c: 3 };
const visited = [];
for (const k in live) { visited.push(k); if (k === 'a') { delete live.c; live.d = 4; } }
console.log(visited.join(''));

// for-in over primitives and null/undefined.
const prim = [];
for (const k in 42) prim.push(k);
for (const k in undefined) prim.push(k);
for (const k in 'ab') prim.push(k);
console.log(prim.join(','));
