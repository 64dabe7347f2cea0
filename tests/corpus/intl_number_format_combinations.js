// Intl.NumberFormat over 200 pseudo-random combinations of its options (a fixed seed), each
// formatting the same numbers: ties, negative zero, huge and tiny values, BigInt, decimal strings.
let seed = 7;
const rnd = (n) => { seed = (seed * 48271) % 2147483647; return seed % n; };
const pick = (a) => a[rnd(a.length)];
const choices = {
  style: ["decimal", "percent", "currency", "unit"], currency: ["USD", "EUR", "JPY", "BHD", "XYZ"],
  currencyDisplay: ["code", "symbol", "narrowSymbol", "name"], currencySign: ["standard", "accounting"],
  unit: ["kilometer", "kilometer-per-hour", "byte", "percent", "liter-per-kilometer", "second"],
  unitDisplay: ["short", "long", "narrow"], notation: ["standard", "scientific", "engineering", "compact"],
  compactDisplay: ["short", "long"], minimumIntegerDigits: [1, 3], minimumFractionDigits: [0, 2, 5],
  maximumFractionDigits: [0, 3, 8], minimumSignificantDigits: [1, 3], maximumSignificantDigits: [3, 10, 21],
  roundingMode: ["ceil", "floor", "halfEven", "trunc", "halfExpand"], roundingPriority: ["auto", "morePrecision", "lessPrecision"],
  useGrouping: [true, false, "min2", "always"], signDisplay: ["auto", "never", "always", "exceptZero", "negative"],
  trailingZeroDisplay: ["auto", "stripIfInteger"],
};
const numbers = [0, -0, 1, -1, 0.5, 1.005, 999.995, 123456789, -98765.4321, 1e-10, 9.999e20, 1e21, NaN, Infinity,
  -Infinity, 12345678901234567890n, "1.25"];
for (let i = 0; i < 200; i++) {
  const options = {};
  for (const key of Object.keys(choices)) if (rnd(3) === 0) options[key] = pick(choices[key]);
  let line;
  try {
    const nf = new Intl.NumberFormat("en-US", options);
    line = numbers.map((x) => nf.format(x)).join(" | ");
  } catch (e) {
    line = e.name;
  }
  console.log(JSON.stringify(options), "=>", line);
}
