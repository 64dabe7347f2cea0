// Async generator pipelines consumed with for await.
const delay = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));

async function* source(items, ms) {
  for (const item of items) { await delay(ms); yield item; }
}
async function* mapAsync(iter, f) { for await (const x of iter) yield await f(x); }
async function* filterAsync(iter, p) { for await (const x of iter) if (await p(x)) yield x; }
async function* batch(iter, n) {
  let buf = [];
  for await (const x of iter) { buf.push(x); if (buf.length === n) { yield buf; buf = []; } }
  if (buf.length) yield buf;
}
async function* takeAsync(iter, n) {
  if (n <= 0) return;
  for await (const x of iter) { yield x; if (--n === 0) return; }
}

async function collect(iter) { const out = []; for await (const x of iter) out.push(x); return out; }

async function main() {
  const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta'];
  const lengths = mapAsync(source(words, 1), async w => { await null; return `${w}:${w.length}`; });
  const longOnes = filterAsync(lengths, x => Number(x.split(':')[1]) > 3);
  for await (const group of batch(longOnes, 2)) console.log(group.join(' '));

  const log = [];
  async function* guarded() {
    try { for (let i = 0; ; i++) { await delay(1); yield i; } }
    finally { log.push('source closed'); }
  }
  console.log((await collect(takeAsync(guarded(), 3))).join(','), log.join());

  // Errors thrown inside the pipeline surface in the consumer.
  async function* failing() { yield 1; await delay(1); throw new Error('stream broke'); }
  try { for await (const x of failing()) console.log('got', x); }
  catch (e) { console.log('caught', e.message); }

  // Manual stepping of an async generator; concurrent next() calls queue up.
  const gen = source(['x', 'y'], 2);
  const [a, b, c] = await Promise.all([gen.next(), gen.next(), gen.next()]);
  console.log(JSON.stringify([a, b, c]));
  console.log(JSON.stringify(await gen.return('early')));

  // Merging two streams by arrival time.
  async function* merge(...iters) {
    const its = iters.map(it => it[Symbol.asyncIterator]());
    const pending = new Map(its.map((it, i) => [i, it.next().then(r => ({ r, i }))]));
    while (pending.size) {
      const { r, i } = await Promise.race(pending.values());
      if (r.done) { pending.delete(i); continue; }
      pending.set(i, its[i].next().then(r2 => ({ r: r2, i })));
      yield r.value;
    }
  }
  // (wide margins: under a loaded machine node's timers fire late, and a 7 ms vs 30 ms race flipped)
  console.log((await collect(merge(source(['s1', 's2', 's3'], 250), source(['f1', 'f2'], 1)))).join(' '));
}

main().then(() => console.log('done'));
