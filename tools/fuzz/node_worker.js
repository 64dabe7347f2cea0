// The fuzzer's reference engine: runs one program (JSON-encoded on stdin) as a Script in node's
// own realm, so the web platform's globals (TextEncoder, structuredClone, URL...) are node's
// real ones, and writes one JSON line {kind, stdout, error}. One process per program.
// The global object inherits from Object.prototype, as in pyjs (its prototype is the host's).
// pyjs's shell globals replace node's: print, console.log, and an event loop on a virtual
// clock as pyjs runs it (engine/api.py, Context.run_jobs): after the script, promise jobs run;
// then each turn runs the timers due by the clock in (due, creation) order, then the
// immediates queued before the turn, each callback followed by its jobs; the clock moves to
// the next timer when no immediate is left, and by 1 ms a turn while immediates keep coming.
// An uncaught throw, or a rejection still unhandled after a job turn, ends the program.
'use strict';
const vm = require('vm');
const util = require('util');

const TIME_LIMIT_MS = Number(process.argv[2] || 10000);
const MAX_OUTPUT = 200000;
const realSetImmediate = setImmediate;
const realQueueMicrotask = queueMicrotask;

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

let out = '';
let dead = false;
const write = (line) => { if (!dead && out.length < MAX_OUTPUT) out += line + '\n'; };
const timers = [];
let immediates = [];
let seq = 0, clock = 0;

function checkCallback(fn) {
  if (typeof fn !== 'function') throw new TypeError('The "callback" argument must be of type function');
}

function schedule(repeat) {
  return function (fn, ...rest) {
    checkCallback(fn);
    let d = rest.length ? Number(rest[0]) : 0;
    if (!(d >= 1)) d = 1;
    seq += 1;
    timers.push({ due: clock + d, seq, fn, args: rest.slice(1), interval: repeat ? d : null });
    return seq;
  };
}

function clearTimer(id) {
  for (let i = timers.length - 1; i >= 0; i--) if (timers[i].seq === id) timers.splice(i, 1);
}

function installGlobals() {
  Object.setPrototypeOf(globalThis, Object.prototype);  // host-defined: pyjs's global inherits from it
  const log = (...a) => write(util.format(...a));
  const quiet = () => {};
  for (const name of ['log', 'info', 'debug']) console[name] = log;
  for (const name of ['error', 'warn', 'trace']) console[name] = quiet;
  const globals = {
    print: (...a) => write(a.map(x => `${x}`).join(" ")),
    setTimeout: schedule(false), setInterval: schedule(true),
    clearTimeout: clearTimer, clearInterval: clearTimer,
    setImmediate(fn, ...args) {
      checkCallback(fn);
      const entry = { fn, args };
      immediates.push(entry);
      return { hasRef: () => true, ref() { return this; }, unref() { return this; }, entry };
    },
    clearImmediate(imm) { if (imm && imm.entry) imm.entry.fn = null; },
    queueMicrotask(fn) { checkCallback(fn); realQueueMicrotask(() => { if (!dead) fn(); }); },
  };
  for (const [name, fn] of Object.entries(globals)) {
    Object.defineProperty(globalThis, name, { value: fn, writable: true, enumerable: true, configurable: true });
  }
}

const turn = () => new Promise(resolve => realSetImmediate(resolve));

async function run(source) {
  const started = Date.now();
  const finish = (kind, error) => { dead = true; return { kind, stdout: out, error }; };
  // A job turn: the promise jobs run; a rejection still unhandled afterwards ends the program.
  const settle = async () => {
    await turn();
    return unhandled.length ? finish('throw', describe(unhandled[0].reason)) : null;
  };
  const callback = async (fn, args) => {
    if (Date.now() - started > TIME_LIMIT_MS) return finish('limit', 'timeout');
    try {
      fn(...args);
    } catch (e) {
      return finish('throw', describe(e));
    }
    return settle();
  };
  try {
    new vm.Script(source, { filename: 'fuzz.js' }).runInThisContext({ timeout: TIME_LIMIT_MS });
  } catch (e) {
    if (e && e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return finish('limit', 'timeout');
    return finish('throw', describe(e));
  }
  let r = await settle();
  if (r) return r;
  while (timers.length || immediates.length) {
    // the timers phase: every timer due by the clock
    for (;;) {
      timers.sort((a, b) => a.due - b.due || a.seq - b.seq);
      if (!timers.length || timers[0].due > clock) break;
      const t = timers.shift();
      if (t.interval !== null) timers.push({ ...t, due: clock + t.interval });
      if ((r = await callback(t.fn, t.args))) return r;
    }
    if (immediates.length) {
      // the check phase: the immediates queued so far
      const batch = immediates;
      immediates = [];
      for (const entry of batch) {
        if (entry.fn === null) continue;
        const fn = entry.fn;
        entry.fn = null;
        if ((r = await callback(fn, entry.args))) return r;
      }
      clock += 1;
    } else if (timers.length) {
      clock = Math.max(clock, Math.min(...timers.map(t => t.due)));
    }
  }
  return finish('ok', null);
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', async () => {
  const source = JSON.parse(input);
  installGlobals();
  let result;
  try {
    result = await run(source);
  } catch (e) {
    result = { kind: 'limit', stdout: '', error: 'worker: ' + String(e) };
  }
  process.stdout.write(JSON.stringify(result) + '\n', () => process.exit(0));
});
