// Labeled loops, sieve of Eratosthenes, matrix search and loop control.
function sieve(limit) {
  const composite = new Array(limit + 1).fill(false);
  const primes = [];
  for (let i = 2; i <= limit; i++) {
    if (composite[i]) continue;
    primes.push(i);
    for (let j = i * i; j <= limit; j += i) composite[j] = true;
  }
  return primes;
}
console.log(sieve(60).join(' '));

const grid = [
  [3, 8, 1, 9],
  [4, 7, 6, 2],
  [5, 0, 11, 12],
];

function findFirst(matrix, pred) {
  let found = null;
  search: for (let r = 0; r < matrix.length; r++) {
    for (let c = 0; c < matrix[r].length; c++) {
      if (pred(matrix[r][c])) { found = [r, c]; break search; }
    }
  }
  return found;
}
console.log(JSON.stringify(findFirst(grid, v => v > 8)), JSON.stringify(findFirst(grid, v => v > 100)));

// Rows whose every element is > 2, skipping rows early with continue label.
const goodRows = [];
rows: for (const [i, row] of grid.entries()) {
  for (const v of row) if (v <= 2) continue rows;
  goodRows.push(i);
}
console.log(`rows with all > 2: ${goodRows.join(',') || 'none'}`);

// Pythagorean triples with nested labeled loops.
const triples = [];
outer: for (let a = 1; a < 30; a++) {
  for (let b = a; b < 30; b++) {
    const c = Math.sqrt(a * a + b * b);
    if (c > 30) continue outer;
    if (Number.isInteger(c)) triples.push(`${a}-${b}-${c}`);
    if (triples.length === 8) break outer;
  }
}
console.log(triples.join(' '));

// Labeled block and do-while.
let attempts = 0;
validation: {
  do {
    attempts++;
    if (attempts === 3) break validation;
  } while (true);
}
console.log(`attempts=${attempts}`);

// Collatz lengths with while loops.
function collatz(n) { let steps = 0; while (n !== 1) { n = n % 2 ? 3 * n + 1 : n / 2; steps++; } return steps; }
let best = [0, 0];
for (let n = 1; n < 1000; n++) { const s = collatz(n); if (s > best[1]) best = [n, s]; }
console.log(`longest collatz under 1000: ${best[0]} (${best[1]} steps)`);

// Switch inside a loop with labeled continue.
const ops = ['inc', 'inc', 'skip', 'dbl', 'stop', 'inc'];
let acc = 1;
loop: for (const op of ops) {
  switch (op) {
    case 'inc': acc++; break;
    case 'dbl': acc *= 2; break;
    case 'skip': continue loop;
    case 'stop': break loop;
    default: throw new Error('unknown');
  }
  console.log(`after ${op}: ${acc}`);
}
console.log(`final ${acc}`);
