// JSON.stringify / JSON.parse with replacers, revivers, toJSON and indentation.
const data = {
  name: 'pyjs',
  version: [0, 1, 0],
  nested: { ok: true, none: null, skip: undefined, fn() {} },
  when: { toJSON() { return 'custom-date'; } },
  list: [1, 'two', null, undefined, () => 3, NaN, Infinity],
};
console.log(JSON.stringify(data));
console.log(JSON.stringify(data, ['name', 'nested', 'ok']));
console.log(JSON.stringify(data.version, null, 2));
console.log(JSON.stringify({ a: [1, { b: 2 }], c: {} }, null, '--'));

const replaced = JSON.stringify({ a: 1, b: 'x', c: [2, 3] }, (key, value) =>
  typeof value === 'number' ? value * 10 : value);
console.log(replaced);

const text = '{"id": 7, "created": "2020-01-02", "items": [{"price": "1.50"}, {"price": "2.25"}]}';
const parsed = JSON.parse(text, function (key, value) {
  if (key === 'price') return parseFloat(value);
  if (key === 'created') return value.split('-').map(Number);
  return value;
});
console.log(parsed.id, parsed.created.join('/'), parsed.items.reduce((s, i) => s + i.price, 0));

const bad = ['{"a":1,}', "{'a':1}", '[1, 2', 'undefined', '01'];
for (const src of bad) {
  try { JSON.parse(src); console.log('parsed?', src); }
  catch (e) { console.log(`${e.name} for ${src}`); }
}

console.log(JSON.stringify('quote " backslash \\ newline \n tab \t unicode \u0001'));
console.log(JSON.stringify({ [Symbol('s')]: 1, k: Symbol('v') }), JSON.stringify(undefined), JSON.stringify(null));
console.log(JSON.parse('"\\u0041\\n"') === 'A\n', JSON.parse(' [1e3, -0.5, true] ').join(','));

// Deep clone and structural comparison via JSON.
const original = { a: [1, 2, { b: 'c' }], d: { e: null } };
const clone = JSON.parse(JSON.stringify(original));
clone.a[2].b = 'changed';
console.log(original.a[2].b, clone.a[2].b, JSON.stringify(original) === JSON.stringify({ a: [1, 2, { b: 'c' }], d: { e: null } }));

// Key order in output follows property order (integer keys first).
console.log(JSON.stringify({ z: 1, 10: 'ten', a: 2, 2: 'two' }));

class Money {
  constructor(cents) { this.cents = cents; }
  toJSON() { return { amount: (this.cents / 100).toFixed(2), currency: 'EUR' }; }
}
console.log(JSON.stringify({ total: new Money(12345), parts: [new Money(5), new Money(100)] }));
