// Number conversion and formatting: toFixed, toPrecision, toExponential, radix, parsing.
const values = [0, -0, 1, -1.5, 0.1 + 0.2, 1 / 3, 123.456, 1e21, 1.5e-7, 2 ** 53, -1e-7, 255];
for (const v of values) {
  console.log([String(v), v.toFixed(2), v.toPrecision(4), v.toExponential(3)].join(' | '));
}
console.log((255).toString(2), (255).toString(16), (255).toString(36), (-10.5).toString(2), (0.5).toString(3).slice(0, 8));
console.log(parseInt('42px'), parseInt('0x1A'), parseInt('1010', 2), parseInt('z', 36), parseInt(''), parseInt('  -7e3'), parseInt(0.0000005));
console.log(parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-.5e2'), parseFloat('Infinityx'), parseFloat('e5'));
console.log(Number(''), Number(' 12 '), Number('12px'), Number('0b101'), Number('0o17'), Number(null), Number(undefined), Number([5]), Number([1, 2]), Number(true));
console.log(Number.isInteger(5.0), Number.isSafeInteger(2 ** 53), Number.isNaN('x'), isNaN('x'), Number.isFinite('5'), isFinite('5'));
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON > 0, Number.MAX_VALUE, Number.MIN_VALUE);
console.log(0.1 * 3, 9007199254740993, 1e300 * 1e10, -1e300 * 1e10, 5e-324 / 2, 2 ** -1074);
console.log((1.005).toFixed(2), (1.45).toFixed(1), (8.345).toFixed(2), (0.000001).toFixed(7), (1e21).toFixed(2), (-1.5).toFixed(0));
console.log(Math.round(-0.5), Math.round(2.5), Math.round(-2.5), Math.trunc(-4.7), Math.sign(-3), Math.floor(-0.5), Math.ceil(-0.5));
console.log(Math.max(), Math.min(), Math.hypot(3, 4), Math.cbrt(27), Math.log2(1024), Math.clz32(1), Math.fround(5.5), Math.imul(3, 4));
console.log(7 % -3, -7 % 3, 5.5 % 2, -0 % 5, 2 ** 0.5, (-8) ** (1 / 3));

// Formatting helpers built from the primitives.
function withCommas(n) {
  const [int, frac] = Math.abs(n).toFixed(2).split('.');
  return (n < 0 ? '-' : '') + int.replace(/\B(?=(\d{3})+$)/g, ',') + '.' + frac;
}
console.log([1234567.891, -42, 0.5, 1000].map(withCommas).join('  '));

function humanBytes(n) {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) { n /= 1024; i++; }
  return `${n.toFixed(n < 10 && i > 0 ? 1 : 0)} ${units[i]}`;
}
console.log([0, 1023, 1024, 1536, 10 * 1024 ** 2, 5.5 * 1024 ** 4].map(humanBytes).join(', '));

const roman = (n) => [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  .reduce((acc, [v, s]) => { while (n >= v) { acc += s; n -= v; } return acc; }, '');
console.log([1994, 2024, 3999, 4, 14].map(roman).join(' '));
