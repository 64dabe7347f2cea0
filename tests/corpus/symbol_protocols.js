// Well-known symbols: toPrimitive, toStringTag, hasInstance, iterator, asyncIterator, species, isConcatSpreadable.
class Temperature {
  constructor(celsius) { this.celsius = celsius; }
  [Symbol.toPrimitive](hint) {
    if (hint === 'number') return this.celsius;
    if (hint === 'string') return `${this.celsius}°C`;
    return `T(${this.celsius})`;
  }
  get [Symbol.toStringTag]() { return 'Temperature'; }
}
const t = new Temperature(21.5);
console.log(+t, `${t}`, t + '', t * 2, t > 20, Object.prototype.toString.call(t));

class Even {
  static [Symbol.hasInstance](n) { return Number.isInteger(n) && n % 2 === 0; }
}
console.log([1, 2, 3, 4, 4.5].map(n => n instanceof Even).join(' '));

class Countdown {
  constructor(n) { this.n = n; }
  *[Symbol.iterator]() { for (let i = this.n; i > 0; i--) yield i; }
  async *[Symbol.asyncIterator]() { for (let i = this.n; i > 0; i--) { await null; yield `async ${i}`; } }
}
console.log([...new Countdown(4)].join(','), Math.min(...new Countdown(3)));

class Stack extends Array {
  static get [Symbol.species]() { return Array; }
  peek() { return this[this.length - 1]; }
}
const s = Stack.of(1, 2, 3);
const mapped = s.map(x => x * 2);
console.log(s.peek(), s instanceof Stack, mapped instanceof Stack, mapped instanceof Array, mapped.join());

const spreadable = { length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true };
const notSpread = [9, 8];
notSpread[Symbol.isConcatSpreadable] = false;
console.log(JSON.stringify([0].concat(spreadable, notSpread).map(x => Array.isArray(x) ? `[${x}]` : x)));

// Symbols as keys: not enumerated by keys/JSON, but by getOwnPropertySymbols and Reflect.ownKeys.
const secret = Symbol('secret');
const obj = { visible: 1, [secret]: 'hidden', [Symbol.for('shared')]: 'registry' };
console.log(Object.keys(obj).join(), JSON.stringify(obj), Object.getOwnPropertySymbols(obj).map(String).join(' '));
console.log(Reflect.ownKeys(obj).length, Symbol.keyFor(Symbol.for('shared')), Symbol.keyFor(secret));
console.log(secret.description, Symbol().description, typeof Symbol.iterator, Symbol.iterator.toString());

// A custom matcher via Symbol.replace / Symbol.split.
const vowels = {
  [Symbol.replace](str, repl) { return str.replace(/[aeiou]/g, repl); },
  [Symbol.split](str) { return str.split(/[aeiou]+/); },
};
console.log('education'.replace(vowels, '*'), 'education'.split(vowels).join('|'));

(async () => {
  const out = [];
  for await (const x of new Countdown(2)) out.push(x);
  console.log(out.join(', '));
})();
