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
// The program shares this realm: what this file uses after the program started is captured
// first (a program may shadow `String` with a global const or delete Array.prototype.push),
// and it loops with indices (no iterators), as pyjs's host code is out of the program's reach.
'use strict';
const vm = require('vm');
const util = require('util');
const { Console } = require('console');
const { Writable } = require('stream');

const uncurry = (f) => Function.prototype.call.bind(f);
const apply = Reflect.apply;
const push = uncurry(Array.prototype.push);
const splice = uncurry(Array.prototype.splice);
const slice = uncurry(Array.prototype.slice);
const String_ = String, Number_ = Number, Error_ = Error, TypeError_ = TypeError, Promise_ = Promise;
const now = Date.now;
const stringify = JSON.stringify;
const realSetImmediate = setImmediate;
const realQueueMicrotask = queueMicrotask;
const exit = process.exit.bind(process);
const writeOut = process.stdout.write.bind(process.stdout);

const TIME_LIMIT_MS = Number_(process.argv[2] || 10000);
// The harness keeps the first MAX_OUTPUT code points of stdout (engines.py, as for pyjs); a
// string's length counts UTF-16 code units, up to two a code point, so keep twice as many.
const MAX_OUTPUT = Number_(process.argv[3] || 200000);
const MAX_UNITS = 2 * MAX_OUTPUT;

let unhandled = [];
process.on('unhandledRejection', (reason, promise) => { push(unhandled, { reason, promise }); });
process.on('rejectionHandled', (promise) => {
  for (let i = unhandled.length - 1; i >= 0; i--) if (unhandled[i].promise === promise) splice(unhandled, i, 1);
});

function describe(e) {
  try {
    if (e !== null && (typeof e === 'object' || typeof e === 'function') && 'message' in e) {
      const name = String_(e.name), message = String_(e.message);
      return message ? `${name}: ${message}` : name;
    }
    return `Uncaught ${String_(e)}`;
  } catch (_) {
    return 'Uncaught <unprintable>';
  }
}

let out = '';
let dead = false;
const append = (text) => { if (!dead && out.length < MAX_UNITS) out += text; };
const write = (line) => append(line + '\n');
// pyjs's console (engine/runtime/builtins/console.py): these methods, in this order, not
// enumerable; node's Console writes them, stdout into the program's output, stderr nowhere.
const CONSOLE_METHODS = ['log', 'info', 'debug', 'error', 'warn', 'trace', 'assert', 'dir', 'group',
  'groupCollapsed', 'groupEnd', 'count', 'countReset', 'time', 'timeEnd', 'timeLog', 'table'];
const timers = [];
let immediates = [];
let seq = 0, clock = 0;

function checkCallback(fn) {
  if (typeof fn !== 'function') throw new TypeError_('The "callback" argument must be of type function');
}

function schedule(repeat) {
  return function (fn, ...rest) {
    checkCallback(fn);
    let d = rest.length ? rest[0] * 1 : 0;  // node's Timeout: `after *= 1` (a BigInt throws)
    if (!(d >= 1)) d = 1;
    seq += 1;
    push(timers, { due: clock + d, seq, fn, args: slice(rest, 1), interval: repeat ? d : null });
    return seq;
  };
}

function clearTimer(id) {
  for (let i = timers.length - 1; i >= 0; i--) if (timers[i].seq === id) splice(timers, i, 1);
}

// The index of the timer due first (by due time, then creation), or -1.
function firstTimer() {
  let best = -1;
  for (let i = 0; i < timers.length; i++) {
    const t = timers[i], b = timers[best];
    if (best < 0 || t.due < b.due || (t.due === b.due && t.seq < b.seq)) best = i;
  }
  return best;
}

function installGlobals() {
  Object.setPrototypeOf(globalThis, Object.prototype);
  const sink = new Writable({ decodeStrings: false, write(chunk, encoding, done) { append(String_(chunk)); done(); } });
  const nowhere = new Writable({ write(chunk, encoding, done) { done(); } });
  const real = new Console({ stdout: sink, stderr: nowhere });
  const programConsole = {};
  for (let i = 0; i < CONSOLE_METHODS.length; i++) {
    const name = CONSOLE_METHODS[i];
    Object.defineProperty(programConsole, name, { value: real[name], writable: true, enumerable: false, configurable: true });
  }
  Object.defineProperty(globalThis, 'console', { value: programConsole, writable: true, enumerable: false, configurable: true });
  const globals = {
    print: (...a) => {
      let line = '';
      for (let i = 0; i < a.length; i++) line += (i ? ' ' : '') + `${a[i]}`;
      write(line);
    },
    setTimeout: schedule(false), setInterval: schedule(true),
    clearTimeout: clearTimer, clearInterval: clearTimer,
    setImmediate(fn, ...args) {
      checkCallback(fn);
      const entry = { fn, args };
      push(immediates, entry);
      return { hasRef: () => true, ref() { return this; }, unref() { return this; }, entry };
    },
    clearImmediate(imm) { if (imm && imm.entry) imm.entry.fn = null; },
    queueMicrotask(fn) { checkCallback(fn); realQueueMicrotask(() => { if (!dead) fn(); }); },
  };
  for (const name of Object.keys(globals)) {
    Object.defineProperty(globalThis, name, { value: globals[name], writable: true, enumerable: true, configurable: true });
  }
}

const turn = () => new Promise_(resolve => realSetImmediate(resolve));

async function run(source) {
  const started = now();
  const finish = (kind, error) => { dead = true; return { kind, stdout: out, error }; };
  // A job turn: the promise jobs run; a rejection still unhandled afterwards ends the program.
  const settle = async () => {
    await turn();
    return unhandled.length ? finish('throw', describe(unhandled[0].reason)) : null;
  };
  const callback = async (fn, args) => {
    if (now() - started > TIME_LIMIT_MS) return finish('limit', 'timeout');
    try {
      apply(fn, undefined, args);
    } catch (e) {
      return finish('throw', describe(e));
    }
    return settle();
  };
  try {
    new vm.Script(source, { filename: 'fuzz.js' }).runInThisContext({ timeout: TIME_LIMIT_MS });
  } catch (e) {
    if (e instanceof Error_ && e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return finish('limit', 'timeout');
    return finish('throw', describe(e));
  }
  let r = await settle();
  if (r) return r;
  while (timers.length || immediates.length) {
    // the timers phase: every timer due by the clock
    for (let i = firstTimer(); i >= 0 && timers[i].due <= clock; i = firstTimer()) {
      const t = timers[i];
      splice(timers, i, 1);
      if (t.interval !== null) push(timers, { due: clock + t.interval, seq: t.seq, fn: t.fn, args: t.args, interval: t.interval });
      if ((r = await callback(t.fn, t.args))) return r;
    }
    if (immediates.length) {
      // the check phase: the immediates queued so far
      const batch = immediates;
      immediates = [];
      for (let i = 0; i < batch.length; i++) {
        const entry = batch[i], fn = entry.fn;
        if (fn === null) continue;
        entry.fn = null;
        if ((r = await callback(fn, entry.args))) return r;
      }
      clock += 1;
    } else if (timers.length) {
      const due = timers[firstTimer()].due;
      if (due > clock) clock = due;
    }
  }
  return finish('ok', null);
}

// The result as JSON, built from its string fields (stringify of a primitive string consults
// no toJSON a program may have added to Object.prototype).
function encode(result) {
  return `{"kind":${stringify(result.kind)},"stdout":${stringify(result.stdout)},"error":${result.error === null ? 'null' : stringify(String_(result.error))}}\n`;
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
    result = { kind: 'limit', stdout: '', error: 'worker: ' + String_(e) };
  }
  writeOut(encode(result), () => exit(0));
});
