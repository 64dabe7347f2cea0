// Optional chaining and nullish coalescing over irregular nested data.
const users = [
  { id: 1, name: 'Ann', address: { city: 'Oslo', geo: { lat: 59.9, lng: 10.7 } }, tags: ['admin'], greet() { return `hi ${this.name}`; } },
  { id: 2, name: 'Bo', address: null, tags: [] },
  { id: 3, name: '', address: { city: '' }, settings: { theme: null, fontSize: 0 } },
  { id: 4 },
];

for (const u of users) {
  const city = u.address?.city ?? '(no city)';
  const lat = u.address?.geo?.lat?.toFixed(1) ?? '-';
  const firstTag = u.tags?.[0] ?? 'none';
  const greeting = u.greet?.() ?? 'no greeting';
  const theme = u.settings?.theme ?? 'light';
  const fontSize = u.settings?.fontSize ?? 12;
  const nameOr = u.name || 'anonymous';
  const nameNullish = u.name ?? 'anonymous';
  console.log(`#${u.id} [${city}] lat=${lat} tag=${firstTag} "${greeting}" theme=${theme} font=${fontSize} ${JSON.stringify(nameOr)} ${JSON.stringify(nameNullish)}`);
}

// Logical assignment to fill defaults.
const opts = { retries: 0, verbose: null, name: '' };
opts.retries ||= 3;
opts.verbose ??= false;
opts.name ||= 'default';
opts.timeout ??= 1000;
opts.timeout &&= opts.timeout * 2;
console.log(JSON.stringify(opts));

// Optional chaining short-circuits side effects.
let evaluated = 0;
const touch = () => { evaluated++; return 'k'; };
const nothing = null;
nothing?.[touch()];
nothing?.a[touch()].b;
nothing?.method(touch());
console.log(`side effects: ${evaluated}`);

// Optional call on possibly-missing callbacks and deep paths.
function run(hooks) {
  const out = [];
  out.push(hooks?.before?.() ?? 'no before');
  out.push(hooks?.steps?.map?.(s => s.toUpperCase()).join('') ?? 'no steps');
  out.push(hooks?.after?.call({ tag: 'ctx' }) ?? 'no after');
  return out.join(' | ');
}
console.log(run());
console.log(run({ before: () => 'B', steps: ['x', 'y'], after() { return this.tag; } }));
console.log(run({ steps: 'not an array' }));

// Delete through optional chain and with private-like maps.
const cfg = { a: { b: 1 } };
console.log(delete cfg?.a?.b, JSON.stringify(cfg), delete nothing?.x);

// Safe path getter built on optional chaining semantics.
const get = (obj, path, dflt) => path.split('.').reduce((o, k) => o?.[k], obj) ?? dflt;
const data = { a: { b: [{ c: 'deep' }, { c: 0 }] } };
console.log(get(data, 'a.b.0.c'), get(data, 'a.b.1.c', 'x'), get(data, 'a.z.0.c', 'missing'), get(null, 'a', 'nullroot'));
