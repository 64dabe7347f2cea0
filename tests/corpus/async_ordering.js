// Interleaving of synchronous code, microtasks (promises, await) and timers.
const log = [];
const say = (m) => log.push(m);

say('script start');
setTimeout(() => say('timeout 0 (a)'), 0);
setTimeout(() => {
  say('timeout 0 (b)');
  Promise.resolve().then(() => say('microtask inside timeout b'));
}, 0);
setTimeout(() => say('timeout 15'), 15);

Promise.resolve()
  .then(() => say('then 1'))
  .then(() => say('then 2'));

queueMicrotask(() => say('queueMicrotask'));

async function task(name, steps) {
  say(`${name} begins`);
  for (let i = 0; i < steps; i++) {
    await null;
    say(`${name} step ${i}`);
  }
  return `${name} done`;
}

task('A', 2).then(say);
task('B', 1).then(say);

new Promise((resolve) => {
  say('executor runs synchronously');
  resolve('resolved value');
}).then(v => say(`got ${v}`));

(async () => {
  const v = await new Promise(r => setTimeout(() => r('late'), 2));
  say(`awaited timer ${v}`);
})();

say('script end');

setTimeout(() => {
  log.forEach((m, i) => console.log(`${String(i).padStart(2, '0')} ${m}`));
}, 40);
