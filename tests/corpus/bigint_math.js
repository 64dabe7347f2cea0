// BigInt arithmetic: factorials, Fibonacci, modular exponentiation, gcd, conversions.
function factorial(n) { let r = 1n; for (let i = 2n; i <= n; i++) r *= i; return r; }
console.log(`25! = ${factorial(25n)}`);
console.log(`digits of 100! = ${factorial(100n).toString().length}`);

function fib(n) { let [a, b] = [0n, 1n]; for (let i = 0; i < n; i++) [a, b] = [b, a + b]; return a; }
console.log(`fib(90) = ${fib(90)}`, fib(90) > Number.MAX_SAFE_INTEGER);

function modpow(base, exp, mod) {
  let result = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = result * base % mod;
    base = base * base % mod;
    exp >>= 1n;
  }
  return result;
}
console.log(modpow(2n, 1000n, 1000000007n), modpow(3n, 10n ** 18n, 998244353n));

const gcd = (a, b) => b === 0n ? a : gcd(b, a % b);
console.log(gcd(2n ** 64n, 6n ** 20n), gcd(1071n, 462n));

function isProbablePrime(n) {
  if (n < 2n) return false;
  for (const p of [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n]) {
    if (n === p) return true;
    if (n % p === 0n) return false;
  }
  let d = n - 1n, s = 0;
  while (d % 2n === 0n) { d /= 2n; s++; }
  witness: for (const a of [2n, 3n, 5n, 7n, 11n, 13n, 17n]) {
    let x = modpow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let i = 1; i < s; i++) { x = x * x % n; if (x === n - 1n) continue witness; }
    return false;
  }
  return true;
}
console.log([97n, 561n, 2n ** 61n - 1n, 2n ** 61n + 1n, 1000000007n].map(isProbablePrime).join(' '));

console.log(-7n / 2n, -7n % 2n, 7n / -2n, (-2n) ** 3n, -(2n ** 63n), ~5n, 5n & 3n, 5n | 8n, -1n >> 3n);
console.log(BigInt(2 ** 53), BigInt('0x1f'), BigInt.asUintN(8, 257n), BigInt.asIntN(8, 255n), Number(2n ** 64n));
console.log((255n).toString(16), (255n).toString(2), 10n > 9, 10n == 10, 10n === 10, typeof 10n, [3n, 1n, 2n].sort().join());
for (const bad of [() => 1n + 1, () => BigInt(1.5), () => Math.sqrt(4n), () => 1n / 0n]) {
  try { bad(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
console.log(JSON.stringify({ n: (12345678901234567890n).toString() }), `${2n ** 100n}`.slice(0, 10));
