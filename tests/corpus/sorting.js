// Sorting algorithms checked against Array.prototype.sort, plus sort stability.
function lcg(seed) { let s = seed; return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648; }
const rand = lcg(42);
const data = Array.from({ length: 40 }, () => Math.floor(rand() * 100));

function quicksort(a) {
  if (a.length <= 1) return a;
  const [pivot, ...rest] = a;
  return [...quicksort(rest.filter(x => x < pivot)), pivot, ...quicksort(rest.filter(x => x >= pivot))];
}
function mergesort(a) {
  if (a.length <= 1) return a;
  const mid = a.length >> 1, l = mergesort(a.slice(0, mid)), r = mergesort(a.slice(mid));
  const out = [];
  let i = 0, j = 0;
  while (i < l.length && j < r.length) out.push(l[i] <= r[j] ? l[i++] : r[j++]);
  return out.concat(l.slice(i), r.slice(j));
}
function heapsort(input) {
  const a = [...input], n = a.length;
  const sift = (i, size) => {
    for (;;) {
      let big = i;
      const l = 2 * i + 1, r = l + 1;
      if (l < size && a[l] > a[big]) big = l;
      if (r < size && a[r] > a[big]) big = r;
      if (big === i) return;
      [a[i], a[big]] = [a[big], a[i]];
      i = big;
    }
  };
  for (let i = (n >> 1) - 1; i >= 0; i--) sift(i, n);
  for (let end = n - 1; end > 0; end--) { [a[0], a[end]] = [a[end], a[0]]; sift(0, end); }
  return a;
}
function insertion(input) {
  const a = [...input];
  for (let i = 1; i < a.length; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
    a[j + 1] = v;
  }
  return a;
}

const reference = [...data].sort((x, y) => x - y);
console.log(reference.join(' '));
for (const [name, f] of Object.entries({ quicksort, mergesort, heapsort, insertion })) {
  console.log(`${name.padEnd(9)} ${f(data).join(',') === reference.join(',') ? 'ok' : 'MISMATCH'}`);
}

// Default sort compares strings; numbers sort lexicographically.
console.log([10, 9, 1, 100, 25].sort().join(), ['b', 'a', 'C', 'B'].sort().join(), [3, undefined, 1, , 2].sort().length);

// Stability: equal keys keep their original order.
const people = [['ann', 30], ['bo', 25], ['cy', 30], ['di', 25], ['ed', 30], ['fay', 20]];
console.log(people.slice().sort((a, b) => a[1] - b[1]).map(p => p[0]).join(' '));

// Multi-key sorting and toSorted (non-mutating).
const records = [{ d: 'eng', n: 'zed', s: 3 }, { d: 'ops', n: 'amy', s: 5 }, { d: 'eng', n: 'bob', s: 5 }, { d: 'ops', n: 'cat', s: 5 }];
const sorted = records.toSorted((a, b) => b.s - a.s || a.d.localeCompare(b.d) || a.n.localeCompare(b.n));
console.log(sorted.map(r => `${r.d}/${r.n}`).join(' '), records[0].n);

// Binary search on the sorted reference.
function bsearch(a, x) {
  let lo = 0, hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] === x) return mid;
    if (a[mid] < x) lo = mid + 1; else hi = mid - 1;
  }
  return -(lo + 1);
}
console.log([reference[0], reference[17], 1000, -5].map(x => bsearch(reference, x)).join(' '));
