// Error subclasses, causes, rethrow, finally, and error-to-result conversion.
class AppError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = this.constructor.name;
  }
}
class NotFound extends AppError {
  constructor(what) { super(`${what} not found`); this.what = what; }
}
class Invalid extends AppError {}

const db = new Map([['u1', { name: 'Ann', age: 31 }], ['u2', { name: 'Bo', age: -4 }]]);

function load(id) {
  const rec = db.get(id);
  if (!rec) throw new NotFound(`user ${id}`);
  if (rec.age < 0) throw new Invalid(`bad age for ${id}`, { cause: rec.age });
  return rec;
}

function tryLoad(id) {
  try {
    return { ok: true, value: load(id) };
  } catch (e) {
    if (e instanceof NotFound) return { ok: false, error: `404 ${e.message}` };
    if (e instanceof AppError) return { ok: false, error: `${e.name}(${e.cause}) ${e.message}` };
    throw e;
  } finally {
    console.log(`attempted ${id}`);
  }
}

for (const id of ['u1', 'u2', 'u3']) console.log(JSON.stringify(tryLoad(id)));

// Wrapping errors with causes.
function parseConfig(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new AppError('config unreadable', { cause: e });
  }
}
try {
  parseConfig('{oops');
} catch (e) {
  console.log(e.name, e.message, e.cause instanceof SyntaxError);
}

// Rethrowing non-Error values and error type checks.
const results = [];
for (const thrower of [() => { throw 'a string'; }, () => { throw 404; }, () => { throw { code: 'E1' }; },
                       () => null.prop, () => undefinedFunction(), () => { throw new Invalid('x'); }]) {
  try {
    thrower();
    results.push('no throw');
  } catch (e) {
    results.push(e instanceof Error ? e.constructor.name : typeof e);
  }
}
console.log(results.join(' '));

// finally runs on every path, in order.
function steps(mode) {
  const trail = [];
  try {
    trail.push('try');
    if (mode === 'throw') throw new Error('t');
    if (mode === 'return') return trail.concat('returned').join('>');
  } catch (e) {
    trail.push('catch');
  } finally {
    trail.push('finally');
  }
  return trail.join('>');
}
console.log(steps('normal'), steps('throw'), steps('return'));

// Error messages from the engine itself.
const probes = {
  call: () => { const notFn = 5; notFn(); },
  prop: () => { let x; return x.y; },
  ctor: () => new Math.max(),
  arr: () => new Array(1.5),
};
for (const [name, probe] of Object.entries(probes)) {
  try { probe(); } catch (e) { console.log(`${name}: ${e.name}: ${e.message}`); }
}

// AggregateError from Promise.any.
Promise.any([Promise.reject(new Error('one')), Promise.reject(new Error('two'))])
  .catch(e => console.log(e.name, e.errors.map(x => x.message).join('+')));
