// A small lazy-sequence library built on generators.
class Seq {
  constructor(gen) { this.gen = gen; }
  static of(...xs) { return new Seq(function* () { yield* xs; }); }
  static range(start, end = Infinity, step = 1) {
    return new Seq(function* () { for (let i = start; i < end; i += step) yield i; });
  }
  [Symbol.iterator]() { return this.gen(); }
  map(f) { const self = this; return new Seq(function* () { for (const x of self) yield f(x); }); }
  filter(p) { const self = this; return new Seq(function* () { for (const x of self) if (p(x)) yield x; }); }
  take(n) {
    const self = this;
    return new Seq(function* () {
      if (n <= 0) return;
      let i = 0;
      for (const x of self) { yield x; if (++i >= n) return; }
    });
  }
  takeWhile(p) {
    const self = this;
    return new Seq(function* () { for (const x of self) { if (!p(x)) return; yield x; } });
  }
  zip(other) {
    const self = this;
    return new Seq(function* () {
      const a = self[Symbol.iterator](), b = other[Symbol.iterator]();
      try {
        while (true) {
          const x = a.next(), y = b.next();
          if (x.done || y.done) return;
          yield [x.value, y.value];
        }
      } finally {
        a.return?.(); b.return?.();
      }
    });
  }
  chunk(n) {
    const self = this;
    return new Seq(function* () {
      let buf = [];
      for (const x of self) { buf.push(x); if (buf.length === n) { yield buf; buf = []; } }
      if (buf.length) yield buf;
    });
  }
  reduce(f, init) { let acc = init; for (const x of this) acc = f(acc, x); return acc; }
  toArray() { return [...this]; }
}

const evens = Seq.range(0).filter(x => x % 2 === 0);
console.log(evens.take(6).toArray().join(' '));
console.log(Seq.range(1).map(x => x * x).takeWhile(x => x < 100).toArray().join(','));
console.log(Seq.of('a', 'b', 'c').zip(Seq.range(1)).toArray().map(([s, n]) => s + n).join(' '));
console.log(JSON.stringify(Seq.range(1, 8).chunk(3).toArray()));
console.log(Seq.range(1, 101).reduce((a, b) => a + b, 0));

function* primes() {
  const found = [];
  for (let n = 2; ; n++) {
    if (found.every(p => n % p !== 0)) { found.push(n); yield n; }
  }
}
console.log(new Seq(primes).take(10).toArray().join(' '));

// Tracking cleanup when a consumer stops early.
const log = [];
function* tracked(name) {
  try { for (let i = 0; ; i++) yield `${name}${i}`; }
  finally { log.push(`closed ${name}`); }
}
const zipped = new Seq(() => tracked('x')).zip(new Seq(() => tracked('y'))).take(2).toArray();
console.log(zipped.map(p => p.join('+')).join(' '), '|', log.join(', '));

// Generator as a two-way coroutine.
function* accumulator() {
  let total = 0;
  while (true) {
    const v = yield total;
    if (v === null) return total;
    total += v;
  }
}
const acc = accumulator();
acc.next();
[5, 10, 20].forEach(v => acc.next(v));
console.log(JSON.stringify(acc.next(null)), JSON.stringify(acc.next(1)));
