// Data processing over an embedded CSV: parsing, grouping, statistics and a formatted report.
const csv = `region,rep,quarter,units,price
north,ann,Q1,120,9.5
north,ann,Q2,80,9.5
north,bo,Q1,45,12
south,cy,Q1,200,7.25
south,cy,Q2,210,7.25
south,di,Q2,30,20
east,ed,Q1,0,15
east,ed,Q2,95,15
west,fay,Q1,60,11
west,fay,Q2,75,11.5`;

const [header, ...lines] = csv.trim().split('\n');
const cols = header.split(',');
const rows = lines.map(line => {
  const rec = Object.fromEntries(line.split(',').map((v, i) => [cols[i], v]));
  rec.units = Number(rec.units);
  rec.price = Number(rec.price);
  rec.revenue = rec.units * rec.price;
  return rec;
});

const groupBy = (xs, key) => xs.reduce((m, x) => m.set(x[key], [...(m.get(x[key]) || []), x]), new Map());
const sum = (xs, f) => xs.reduce((s, x) => s + f(x), 0);
const mean = (xs) => xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b), mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const stddev = (xs) => { const m = mean(xs); return Math.sqrt(mean(xs.map(x => (x - m) ** 2))); };

const fmt = (n, w = 10) => n.toFixed(2).padStart(w);
const line = '-'.repeat(44);
console.log(`${'region'.padEnd(8)}${'reps'.padStart(6)}${'units'.padStart(8)}${'revenue'.padStart(12)}${'share'.padStart(10)}`);
console.log(line);
const total = sum(rows, r => r.revenue);
const regions = [...groupBy(rows, 'region')].map(([region, rs]) => ({
  region, reps: new Set(rs.map(r => r.rep)).size, units: sum(rs, r => r.units), revenue: sum(rs, r => r.revenue),
})).sort((a, b) => b.revenue - a.revenue);
for (const { region, reps, units, revenue } of regions) {
  console.log(`${region.padEnd(8)}${String(reps).padStart(6)}${String(units).padStart(8)}${fmt(revenue, 12)}${(revenue / total * 100).toFixed(1).padStart(9)}%`);
}
console.log(line);
console.log(`${'total'.padEnd(14)}${String(sum(rows, r => r.units)).padStart(8)}${fmt(total, 12)}`);

const revenues = rows.map(r => r.revenue);
console.log(`mean=${mean(revenues).toFixed(3)} median=${median(revenues)} sd=${stddev(revenues).toFixed(3)} min=${Math.min(...revenues)} max=${Math.max(...revenues)}`);

// Quarter-over-quarter growth per rep.
const byRep = groupBy(rows, 'rep');
const growth = [];
for (const [rep, rs] of byRep) {
  const q = Object.fromEntries(rs.map(r => [r.quarter, r.revenue]));
  if ('Q1' in q && 'Q2' in q) growth.push([rep, q.Q1 === 0 ? Infinity : (q.Q2 - q.Q1) / q.Q1]);
}
growth.sort((a, b) => b[1] - a[1]);
console.log(growth.map(([rep, g]) => `${rep}:${Number.isFinite(g) ? (g * 100).toFixed(1) + '%' : 'new'}`).join(' '));

// Histogram of units in buckets of 50.
const buckets = new Map();
for (const { units } of rows) {
  const b = Math.floor(units / 50) * 50;
  buckets.set(b, (buckets.get(b) ?? 0) + 1);
}
for (const b of [...buckets.keys()].sort((x, y) => x - y)) {
  console.log(`${String(b).padStart(3)}-${String(b + 49).padEnd(3)} ${'*'.repeat(buckets.get(b))}`);
}

// Pivot table: regions x quarters.
const quarters = [...new Set(rows.map(r => r.quarter))].sort();
console.log(['', ...quarters].map(s => s.padStart(9)).join(''));
for (const { region } of regions) {
  const cells = quarters.map(q => sum(rows.filter(r => r.region === region && r.quarter === q), r => r.units));
  console.log([region, ...cells.map(String)].map(s => s.padStart(9)).join(''));
}

const top = rows.reduce((best, r) => r.revenue > best.revenue ? r : best);
console.log(`top row: ${JSON.stringify(top)}`);
