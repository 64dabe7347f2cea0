// Array methods in combination: creation, search, transform, mutate, holes.
const nums = Array.from({ length: 10 }, (_, i) => i + 1);
console.log(nums.filter(n => n % 2).map(n => n ** 2).reduce((a, b) => a + b));
console.log(nums.find(n => n > 4), nums.findIndex(n => n > 4), nums.findLast(n => n % 3 === 0), nums.findLastIndex(n => n > 100));
console.log(nums.some(n => n > 9), nums.every(n => n > 0), nums.includes(NaN), [NaN].includes(NaN), [NaN].indexOf(NaN));
console.log(nums.slice(-3).join(), nums.at(-1), nums.at(20), nums.indexOf(5), nums.lastIndexOf(5, 3));

const nested = [1, [2, [3, [4, [5]]]]];
console.log(nested.flat().length, nested.flat(2).length, nested.flat(Infinity).join());
console.log(['a b', 'c'].flatMap(s => s.split(' ')).join('|'), [1, 2].flatMap(x => [[x, x * 10]]).length);

const arr = ['a', 'b', 'c', 'd', 'e'];
const removed = arr.splice(1, 2, 'X', 'Y', 'Z');
console.log(arr.join(''), removed.join(''), arr.length);
arr.copyWithin(0, 3);
console.log(arr.join(''), new Array(3).fill(0).join(), [1, 2, 3, 4].fill(9, 1, 3).join());
console.log([3, 1, 2].reverse().join(), [1, 2, 3].toReversed().join(), [5, 1, 4].toSorted().join(), [1, 2, 3].with(1, 'two').join());
console.log([1, 2, 3, 4, 5].toSpliced(1, 3, 'mid').join(), ['x', 'y'].concat('z', ['w', ['v']]).length);

const stack = [];
stack.push(1, 2, 3);
const popped = stack.pop();
stack.unshift(0);
const shifted = stack.shift();
console.log(stack.join(), popped, shifted, stack.length);

// Holes are skipped by forEach/map/filter but visited by for-of and join.
const holes = [1, , 3, , 5];
let visits = 0;
holes.forEach(() => visits++);
console.log(visits, holes.map(x => x * 2).length, holes.filter(() => true).length, [...holes].includes(undefined), holes.join('-'), 1 in holes);
console.log(Object.keys(holes).join(), holes.indexOf(undefined), holes.includes(undefined));

// length manipulation.
const trunc = [1, 2, 3, 4, 5];
trunc.length = 2;
console.log(trunc.join(), trunc.length, trunc[3]);
trunc[9] = 'ten';
console.log(trunc.length, Object.keys(trunc).join());

// reduceRight, keys/values/entries, Array.of, Array.from on array-likes.
console.log(['a', 'b', 'c'].reduceRight((acc, x) => acc + x, ''), Array.of(7).length, new Array(7).length, Array.from({ length: 3, 0: 'x', 2: 'z' }).join('|'));
console.log(Array.from('abc', c => c.toUpperCase()).join(''), Array.from(new Set([1, 1, 2])).join(), Array.from(new Map([[1, 2]])).join());

// Sorting with comparators and chaining.
const inventory = [
  { name: 'bolt', qty: 120, price: 0.05 }, { name: 'nut', qty: 300, price: 0.02 },
  { name: 'gear', qty: 8, price: 4.5 }, { name: 'spring', qty: 45, price: 0.4 },
];
const value = inventory.map(({ name, qty, price }) => ({ name, total: +(qty * price).toFixed(2) }))
  .sort((a, b) => b.total - a.total);
console.log(value.map(v => `${v.name}=${v.total}`).join(' '));
console.log(inventory.filter(i => i.qty > 40).map(i => i.name).sort().join());

// Array.isArray and array-likes.
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.prototype.map.call('abc', c => c + c).join(''));
console.log(Array.prototype.join.call({ length: 3, 0: 'a', 2: 'c' }, '+'), [].concat.apply([], [[1], [2, 3]]).join());
