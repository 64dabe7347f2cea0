// A concurrency-limited task pool driven by timers and promises.
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
const log = [];
let clock = 0;

function makeTask(name, duration, fail = false) {
  return async () => {
    log.push(`start ${name}`);
    await sleep(duration);
    clock += duration;
    if (fail) throw new Error(`${name} failed`);
    log.push(`end ${name}`);
    return name.toUpperCase();
  };
}

async function pool(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  async function worker(id) {
    while (next < tasks.length) {
      const index = next++;
      try {
        results[index] = { ok: true, value: await tasks[index]() };
      } catch (e) {
        results[index] = { ok: false, error: e.message };
      }
      log.push(`worker ${id} finished task ${index}`);
    }
  }
  await Promise.all(Array.from({ length: limit }, (_, i) => worker(i)));
  return results;
}

const tasks = [
  makeTask('a', 60),
  makeTask('b', 10),
  makeTask('c', 20, true),
  makeTask('d', 5),
  makeTask('e', 40),
];

pool(tasks, 2).then(results => {
  for (const line of log) console.log(line);
  console.log(results.map(r => r.ok ? r.value : `!${r.error}`).join(' '));
  return retry(flaky, 4);
}).then(v => console.log(`retry result: ${v}`), e => console.log(`retry gave up: ${e.message}`))
  .then(() => timeout(sleep(50).then(() => 'slow'), 20))
  .catch(e => console.log(e.message))
  .then(() => timeout(sleep(5).then(() => 'fast'), 20))
  .then(v => console.log(`timeout race: ${v}`));

let attempts = 0;
async function flaky() {
  attempts++;
  await sleep(1);
  if (attempts < 3) throw new Error(`attempt ${attempts}`);
  return `ok after ${attempts}`;
}

async function retry(fn, times) {
  let lastError;
  for (let i = 0; i < times; i++) {
    try { return await fn(); }
    catch (e) { lastError = e; console.log(`retrying after: ${e.message}`); }
  }
  throw lastError;
}

function timeout(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms}ms`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}
