// Error handling across promises and async functions.
const wait = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => fail ? rej(new Error(v)) : res(v), ms));

async function step(name, ms, fail = false) {
  const v = await wait(ms, name, fail);
  return `${v} ok`;
}

async function sequence() {
  const results = [];
  for (const [name, ms, fail] of [['s1', 3, false], ['s2', 1, true], ['s3', 2, false]]) {
    try { results.push(await step(name, ms, fail)); }
    catch (e) { results.push(`${e.message} failed`); }
  }
  return results.join(', ');
}

async function allOrNothing() {
  try {
    return await Promise.all([step('a', 5), step('b', 1, true), step('c', 2)]);
  } catch (e) {
    return `all rejected with ${e.message}`;
  }
}

async function settled() {
  const rs = await Promise.allSettled([step('x', 2), step('y', 1, true), Promise.resolve('plain'), 42]);
  return rs.map(r => r.status === 'fulfilled' ? `+${r.value}` : `-${r.reason.message}`).join(' ');
}

async function anyOf() {
  const first = await Promise.any([step('slow', 20), step('bad', 1, true), step('quick', 5)]);
  let aggregate;
  try { await Promise.any([step('n1', 1, true), step('n2', 2, true)]); } catch (e) { aggregate = `${e.constructor.name}(${e.errors.length})`; }
  return `${first}; ${aggregate}`;
}

async function finallyOrder() {
  const log = [];
  const p = (async () => {
    try { log.push('body'); await wait(1); throw new Error('inside'); }
    finally { log.push('finally'); }
  })();
  try { await p; } catch (e) { log.push(`caught ${e.message}`); }
  await Promise.reject(new Error('x')).catch(() => log.push('catch chained')).finally(() => log.push('finally chained'));
  return log.join(' > ');
}

async function thenableErrors() {
  const badThenable = { then() { throw new TypeError('then exploded'); } };
  try { await badThenable; } catch (e) { return `${e.name}: ${e.message}`; }
}

async function nestedRethrow() {
  async function level(n) {
    if (n === 0) throw new RangeError('bottom');
    try { return await level(n - 1); }
    catch (e) { e.message += `<${n}`; throw e; }
  }
  try { await level(3); } catch (e) { return `${e.name}: ${e.message}`; }
}

(async () => {
  for (const test of [sequence, allOrNothing, settled, anyOf, finallyOrder, thenableErrors, nestedRethrow]) {
    console.log(`${test.name}: ${await test()}`);
  }
  // Handled-later rejection: attach the handler after a tick.
  const late = Promise.reject(new Error('handled later'));
  await null;
  late.catch(e => console.log(`late handler: ${e.message}`));
})();
