// Currying, composition, memoization, debounce-free pipelines and point-free style.
const curry = (fn) => {
  const curried = (...args) => args.length >= fn.length ? fn(...args) : (...more) => curried(...args, ...more);
  return curried;
};
const add3 = curry((a, b, c) => a + b + c);
console.log(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3));

const pipe = (...fns) => (x) => fns.reduce((v, f) => f(v), x);
const compose = (...fns) => pipe(...fns.reverse());
const trim = s => s.trim(), upper = s => s.toUpperCase(), exclaim = s => `${s}!`;
console.log(pipe(trim, upper, exclaim)('  hi there '), compose(exclaim, upper)('x'));

const map = curry((f, xs) => xs.map(f));
const filter = curry((p, xs) => xs.filter(p));
const reduce = curry((f, init, xs) => xs.reduce(f, init));
const sumOfSquaresOfOdds = pipe(filter(x => x % 2), map(x => x * x), reduce((a, b) => a + b, 0));
console.log(sumOfSquaresOfOdds([1, 2, 3, 4, 5, 6, 7]));

function memoize(fn, keyFn = (...a) => a.join(',')) {
  const cache = new Map();
  const wrapped = function (...args) {
    const key = keyFn(...args);
    if (cache.has(key)) { wrapped.hits++; return cache.get(key); }
    const result = fn.apply(this, args);
    cache.set(key, result);
    return result;
  };
  wrapped.hits = 0;
  return wrapped;
}
const paths = memoize((r, c) => (r === 0 || c === 0) ? 1 : paths(r - 1, c) + paths(r, c - 1));
console.log(paths(10, 10), paths(16, 16), `hits=${paths.hits}`);

const partial = (fn, ...preset) => (...later) => fn(...preset, ...later);
const greet = (greeting, punct, name) => `${greeting}, ${name}${punct}`;
const hello = partial(greet, 'Hello', '!');
console.log(['ann', 'bo'].map(hello).join(' '));

const flip = (fn) => (a, b, ...rest) => fn(b, a, ...rest);
console.log(flip((a, b) => a - b)(10, 3), flip(String.prototype.concat.bind('>'))('a', 'b'));

const groupBy = (xs, keyFn) => xs.reduce((acc, x) => ((acc[keyFn(x)] ||= []).push(x), acc), {});
const people = [{ n: 'ann', age: 31 }, { n: 'bo', age: 25 }, { n: 'cy', age: 38 }, { n: 'di', age: 22 }];
const byDecade = groupBy(people, p => `${Math.floor(p.age / 10) * 10}s`);
console.log(Object.entries(byDecade).map(([k, v]) => `${k}:${v.map(p => p.n).join('+')}`).join(' '));

const zipWith = (f, ...arrays) => Array.from({ length: Math.min(...arrays.map(a => a.length)) }, (_, i) => f(...arrays.map(a => a[i])));
console.log(zipWith((a, b, c) => a * b + c, [1, 2, 3], [4, 5, 6], [7, 8, 9, 10]).join());

const range = (n) => [...Array(n).keys()];
const transpose = (m) => m[0].map((_, i) => m.map(r => r[i]));
console.log(JSON.stringify(transpose(range(3).map(i => range(4).map(j => i * 4 + j)))));

const tap = (f) => (x) => { f(x); return x; };
const result = pipe(x => x + 1, tap(x => console.log(`tapped ${x}`)), x => x * 2)(4);
console.log(result);

const trampoline = (f) => (...args) => { let r = f(...args); while (typeof r === 'function') r = r(); return r; };
const sumTo = trampoline(function go(n, acc = 0) { return n === 0 ? acc : () => go(n - 1, acc + n); });
console.log(sumTo(100000));
