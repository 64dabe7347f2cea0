// Spread and rest in calls, arrays, objects and parameters.
const max = (...nums) => nums.length ? Math.max(...nums) : null;
console.log(max(), max(3), max(...[4, 8, 1], 6, ...new Set([10, 2])));

const log = (first, ...rest) => `${first} + [${rest.join(', ')}]`;
console.log(log('solo'), log(...'abc'), log(...[1, 2], ...[3, 4]));

// Array spread copies (shallow) and concatenates iterables.
const original = [{ id: 1 }, { id: 2 }];
const copy = [...original];
copy.push({ id: 3 });
copy[0].id = 99;
console.log(original.length, copy.length, original[0].id);
const fromIterables = [...'hi', ...new Map([['k', 'v']]).keys(), ...Array(2).keys(), ...(function* () { yield 'g'; })()];
console.log(fromIterables.join(','));

// Object spread: later wins, getters are invoked, only own enumerable props are copied.
const proto = { inherited: true };
const src = Object.create(proto, { own: { value: 1, enumerable: true }, hidden: { value: 2, enumerable: false } });
let getterCalls = 0;
const withGetter = { get computed() { getterCalls++; return 'computed'; } };
const merged = { a: 1, b: 1, ...src, ...withGetter, b: 2, ...{ a: 3 } };
console.log(JSON.stringify(merged), getterCalls, 'inherited' in merged);

// Immutable updates with spread.
const state = { user: { name: 'ann', prefs: { theme: 'dark', lang: 'en' } }, items: [1, 2, 3] };
const next = {
  ...state,
  user: { ...state.user, prefs: { ...state.user.prefs, lang: 'fr' } },
  items: [...state.items.slice(0, 1), 'inserted', ...state.items.slice(1)],
};
console.log(JSON.stringify(state), JSON.stringify(next), state.user === next.user, state.user.prefs === next.user.prefs);

// Rest in object destructuring drops named keys, including symbols copy.
const sym = Symbol('tag');
const { a, ...others } = { a: 1, b: 2, [sym]: 'symbol value', c: 3 };
console.log(a, Object.keys(others).join(), others[sym]);

// Spread with new and with apply equivalence.
const parts = [2020, 0, 15];
class Triple { constructor(x, y, z) { this.sum = x + y + z; } }
console.log(new Triple(...parts).sum, Math.min.apply(null, parts) === Math.min(...parts));

// Rest parameters vs arguments.
function both(a, ...rest) { return `${arguments.length} ${rest.length}`; }
console.log(both(), both(1), both(1, 2, 3));

// Spreading strings respects code points.
console.log([...'héllo👋'].length, 'héllo👋'.length, [...'👨‍👩‍👧'].length);

// Spread of array-likes needs an iterator.
const arrayLike = { 0: 'x', 1: 'y', length: 2 };
try { console.log([...arrayLike]); } catch (e) { console.log(`${e.name}: ${e.message}`); }
console.log([...Array.from(arrayLike)].join(''));

// Functional helpers using rest/spread.
const partialRight = (fn, ...right) => (...left) => fn(...left, ...right);
const fmt = (value, unit, precision) => `${value.toFixed(precision)}${unit}`;
console.log([1, 2.345, 10].map(v => partialRight(fmt, 'kg', 1)(v)).join(' '));
const uniqueBy = (arr, key) => [...new Map(arr.map(x => [x[key], x])).values()];
console.log(uniqueBy([{ k: 1, v: 'a' }, { k: 2, v: 'b' }, { k: 1, v: 'c' }], 'k').map(x => x.v).join());
