// The fuzzer's reference engine: reads one JSON-encoded program per line on stdin, runs it as a
// Script in a fresh vm context with pyjs's shell globals (print, console, virtual-clock timers,
// queueMicrotask), and writes one JSON line {kind, stdout, error} per program.
// Like pyjs: after the script, promise jobs run, then timers in (due, insertion) order on a
// virtual clock, each followed by its jobs; an uncaught throw or a rejection still unhandled
// after a job turn ends the program (later output is dropped).
'use strict';
const vm = require('vm');
const util = require('util');
const readline = require('readline');

const TIME_LIMIT_MS = Number(process.argv[2] || 10000);
const MAX_OUTPUT = 200000;

let unhandled = [];
process.on('unhandledRejection', (reason, promise) => { unhandled.push({ reason, promise }); });
process.on('rejectionHandled', (promise) => { unhandled = unhandled.filter(u => u.promise !== promise); });

function describe(e) {
  try {
    if (e !== null && (typeof e === 'object' || typeof e === 'function') && 'message' in e) {
      const name = String(e.name), message = String(e.message);
      return message ? `${name}: ${message}` : name;
    }
    return `Uncaught ${String(e)}`;
  } catch (_) {
    return 'Uncaught <unprintable>';
  }
}

const turn = () => new Promise(resolve => setImmediate(resolve));

async function runOne(source) {
  let out = '';
  let dead = false;
  const write = (line) => { if (!dead && out.length < MAX_OUTPUT) out += line + '\n'; };
  const fmt = (...args) => util.format(...args);
  const timers = [];
  let seq = 0, clock = 0;
  const schedule = (repeat) => (fn, ...rest) => {
    if (typeof fn !== 'function') throw new TypeError('The "callback" argument must be of type function');
    let d = rest.length ? Number(rest[0]) : 0;
    if (!(d >= 1)) d = 1;
    const args = rest.slice(1);
    seq += 1;
    timers.push({ due: clock + d, seq, fn, args, interval: repeat ? d : null });
    return seq;
  };
  const clear = (id) => { for (let i = timers.length - 1; i >= 0; i--) if (timers[i].seq === id) timers.splice(i, 1); };
  const consoleObj = {
    log: (...a) => write(fmt(...a)), info: (...a) => write(fmt(...a)), debug: (...a) => write(fmt(...a)),
    error: () => {}, warn: () => {}, trace: () => {},
  };
  const sandbox = {
    console: consoleObj,
    print: (...a) => write(a.map(x => typeof x === 'string' ? x : util.inspect(x)).join(' ')),
    setTimeout: schedule(false), setInterval: schedule(true), clearTimeout: clear, clearInterval: clear,
    queueMicrotask: (fn) => queueMicrotask(() => { if (!dead) fn(); }),
  };
  const context = vm.createContext(sandbox);
  const started = Date.now();
  unhandled = [];
  const finish = (kind, error) => { dead = true; return { kind, stdout: out, error }; };
  const settle = async () => {
    await turn();
    if (unhandled.length) return finish('throw', describe(unhandled[0].reason));
    return null;
  };
  try {
    new vm.Script(source, { filename: 'fuzz.js' }).runInContext(context, { timeout: TIME_LIMIT_MS });
  } catch (e) {
    if (e && e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return finish('limit', 'timeout');
    return finish('throw', describe(e));
  }
  let r = await settle();
  if (r) return r;
  while (timers.length) {
    if (Date.now() - started > TIME_LIMIT_MS) return finish('limit', 'timeout');
    timers.sort((a, b) => a.due - b.due || a.seq - b.seq);
    const t = timers.shift();
    clock = Math.max(clock, t.due);
    if (t.interval !== null) timers.push({ ...t, due: clock + t.interval });
    try {
      t.fn(...t.args);
    } catch (e) {
      return finish('throw', describe(e));
    }
    r = await settle();
    if (r) return r;
  }
  return finish('ok', null);
}

const rl = readline.createInterface({ input: process.stdin });
const queue = [];
let busy = false;
async function pump() {
  if (busy) return;
  busy = true;
  while (queue.length) {
    const source = queue.shift();
    let result;
    try {
      result = await runOne(source);
    } catch (e) {
      result = { kind: 'limit', stdout: '', error: 'worker: ' + String(e) };
    }
    process.stdout.write(JSON.stringify(result) + '\n');
  }
  busy = false;
}
rl.on('line', (line) => { queue.push(JSON.parse(line)); pump(); });
