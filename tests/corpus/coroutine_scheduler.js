// A cooperative round-robin scheduler built on generators, with messages, sleeps and cancellation.
class Scheduler {
  constructor() { this.tasks = []; this.tick = 0; this.log = []; this.nextId = 1; }
  spawn(name, genFn, ...args) {
    const task = { id: this.nextId++, name, gen: genFn(...args), wakeAt: 0, inbox: [], done: false, result: undefined };
    this.tasks.push(task);
    return task.id;
  }
  send(id, msg) { const t = this.tasks.find(t => t.id === id); if (t && !t.done) t.inbox.push(msg); }
  cancel(id) {
    const t = this.tasks.find(t => t.id === id);
    if (t && !t.done) { const r = t.gen.return('cancelled'); t.done = r.done; t.result = 'cancelled'; }
  }
  run(maxTicks = 50) {
    while (this.tasks.some(t => !t.done) && this.tick < maxTicks) {
      for (const task of this.tasks) {
        if (task.done || task.wakeAt > this.tick) continue;
        let step;
        try {
          step = task.gen.next({ tick: this.tick, inbox: task.inbox.splice(0) });
        } catch (e) {
          this.log.push(`t${this.tick} ${task.name} crashed: ${e.message}`);
          task.done = true;
          task.result = 'crashed';
          continue;
        }
        if (step.done) { task.done = true; task.result = step.value; continue; }
        const cmd = step.value ?? {};
        if (cmd.sleep) task.wakeAt = this.tick + cmd.sleep;
        if (cmd.say) this.log.push(`t${this.tick} ${task.name}: ${cmd.say}`);
        if (cmd.send) this.send(cmd.send.to, { from: task.id, body: cmd.send.body });
        if (cmd.cancel) this.cancel(cmd.cancel);
      }
      this.tick++;
    }
    return this.tasks.map(t => `${t.name}=${t.result}`).join(' ');
  }
}

const sched = new Scheduler();

function* counter(name, n, every) {
  for (let i = 1; i <= n; i++) yield { say: `${name} ${i}`, sleep: every };
  return `${name} finished`;
}
function* pinger(target, rounds) {
  let received = 0;
  for (let i = 0; i < rounds; i++) {
    yield { send: { to: target, body: `ping ${i}` }, sleep: 1 };
    const { inbox } = yield {};
    received += inbox.length;
    for (const m of inbox) yield { say: `got ${m.body} from #${m.from}` };
  }
  return `received ${received}`;
}
function* ponger() {
  let handled = 0;
  try {
    while (true) {
      const { inbox } = yield {};
      for (const m of inbox) { handled++; yield { send: { to: m.from, body: m.body.replace('ping', 'pong') } }; }
    }
  } finally {
    sched.log.push(`ponger cleanup after ${handled}`);
  }
}
function* faulty() { yield { say: 'about to fail', sleep: 2 }; throw new Error('disk on fire'); }
function* killer(victim, at) { yield { sleep: at }; yield { say: `cancelling #${victim}`, cancel: victim }; return 'done'; }

sched.spawn('A', counter, 'A', 3, 2);
sched.spawn('B', counter, 'B', 2, 3);
const pongId = sched.spawn('pong', ponger);
sched.spawn('ping', pinger, pongId, 2);
sched.spawn('faulty', faulty);
sched.spawn('killer', killer, pongId, 9);

const summary = sched.run();
for (const line of sched.log) console.log(line);
console.log(summary);
console.log(`ticks used: ${sched.tick}`);
