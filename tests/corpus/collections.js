// Map, Set, WeakMap and WeakSet in practical roles.
const inventory = new Map();
function addItem(name, qty) { inventory.set(name, (inventory.get(name) ?? 0) + qty); }
[['apple', 3], ['pear', 2], ['apple', 5], ['fig', 1], ['pear', -2]].forEach(([n, q]) => addItem(n, q));
for (const [name, qty] of inventory) console.log(`${name}: ${qty}`);
console.log(inventory.size, inventory.has('fig'), inventory.get('kiwi'), [...inventory.keys()].join('>'));
inventory.delete('pear');
console.log(JSON.stringify(Object.fromEntries(inventory)), JSON.stringify([...inventory.entries()]));

// Maps keep insertion order and accept any key, with SameValueZero.
const keys = [NaN, 0, -0, '0', {}, null];
const m = new Map(keys.map((k, i) => [k, i]));
console.log(m.size, m.get(NaN), m.get(0), m.get('0'), m.get(null));

// Set algebra.
const A = new Set([1, 2, 3, 4]), B = new Set([3, 4, 5]);
const union = new Set([...A, ...B]);
const inter = new Set([...A].filter(x => B.has(x)));
const diff = new Set([...A].filter(x => !B.has(x)));
console.log([...union].join(), [...inter].join(), [...diff].join());
const seen = new Set();
const dupes = [3, 1, 3, 2, 1, 3].filter(x => seen.has(x) || !seen.add(x));
console.log(dupes.join(), [...seen].join());

// Set iteration sees additions made during iteration; deletions are skipped.
const growing = new Set([1]);
const visits = [];
for (const x of growing) { visits.push(x); if (x < 5) growing.add(x + 1); if (x === 2) growing.delete(4); }
console.log(visits.join());

// WeakMap for private per-object data.
const meta = new WeakMap();
class Node {
  constructor(label) { meta.set(this, { label, visits: 0 }); }
  visit() { meta.get(this).visits++; return this; }
  get info() { const { label, visits } = meta.get(this); return `${label}(${visits})`; }
}
const n1 = new Node('a').visit().visit(), n2 = new Node('b').visit();
console.log(n1.info, n2.info, meta.has(n1), meta.has({}));

// WeakSet to detect cycles during a traversal.
function describe(value, seen = new WeakSet()) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (seen.has(value)) return '<cycle>';
  seen.add(value);
  const inner = Array.isArray(value)
    ? value.map(v => describe(v, seen)).join(',')
    : Object.entries(value).map(([k, v]) => `${k}=${describe(v, seen)}`).join(',');
  seen.delete(value);
  return Array.isArray(value) ? `[${inner}]` : `{${inner}}`;
}
const cyclic = { name: 'root', kids: [{ name: 'leaf' }] };
cyclic.kids.push(cyclic);
const shared = { s: 1 };
console.log(describe(cyclic), describe([shared, shared]));

// Grouping and counting with Map.
const words = 'one two three four five six seven eight nine ten'.split(' ');
const byLength = new Map();
for (const w of words) byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
console.log([...byLength].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}:${v.join('/')}`).join(' '));
const counts = words.reduce((acc, w) => acc.set(w[0], (acc.get(w[0]) || 0) + 1), new Map());
console.log([...counts].filter(([, c]) => c > 1).map(([k, c]) => k + c).join(' '));

// Map.groupBy-free LRU cache using Map ordering.
class LRU {
  constructor(cap) { this.cap = cap; this.map = new Map(); }
  get(k) { if (!this.map.has(k)) return undefined; const v = this.map.get(k); this.map.delete(k); this.map.set(k, v); return v; }
  set(k, v) { this.map.delete(k); this.map.set(k, v); if (this.map.size > this.cap) this.map.delete(this.map.keys().next().value); }
}
const cache = new LRU(3);
['a', 'b', 'c'].forEach((k, i) => cache.set(k, i));
cache.get('a'); cache.set('d', 3); cache.set('e', 4);
console.log([...cache.map.keys()].join(''), cache.get('b'), cache.get('a'));
