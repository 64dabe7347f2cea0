// A small Scheme-like interpreter: reader, environments, special forms, closures, tail calls,
// macros-lite (quasi-quote free), error reporting, and a standard library written in itself.

class LispError extends Error {
  constructor(message) { super(message); this.name = 'LispError'; }
}

class Sym {
  static #table = new Map();
  constructor(name) { this.name = name; }
  static of(name) {
    let s = Sym.#table.get(name);
    if (!s) { s = new Sym(name); Sym.#table.set(name, s); }
    return s;
  }
  toString() { return this.name; }
}

const NIL = [];
const S = (n) => Sym.of(n);
const [QUOTE, IF, DEFINE, LAMBDA, BEGIN, LET, SET, COND, ELSE, AND, OR] =
  ['quote', 'if', 'define', 'lambda', 'begin', 'let', 'set!', 'cond', 'else', 'and', 'or'].map(S);

// ---------------------------------------------------------------- reader
function tokenize(src) {
  const tokens = [];
  const re = /\s*(?:(;[^\n]*)|([()'])|("(?:[^"\\]|\\.)*")|([^\s()';"]+))/gy;
  let m;
  while (re.lastIndex < src.length && (m = re.exec(src))) {
    if (m[1]) continue;
    tokens.push(m[2] ?? m[3] ?? m[4]);
  }
  return tokens.filter(t => t !== undefined);
}

function read(tokens) {
  if (!tokens.length) throw new LispError('unexpected EOF');
  const tok = tokens.shift();
  if (tok === '(') {
    const list = [];
    while (tokens[0] !== ')') {
      if (!tokens.length) throw new LispError('missing )');
      list.push(read(tokens));
    }
    tokens.shift();
    return list;
  }
  if (tok === ')') throw new LispError('unexpected )');
  if (tok === "'") return [QUOTE, read(tokens)];
  if (tok.startsWith('"')) return JSON.parse(tok);
  if (tok === '#t') return true;
  if (tok === '#f') return false;
  const n = Number(tok);
  return Number.isNaN(n) ? S(tok) : n;
}

function readAll(src) {
  const tokens = tokenize(src);
  const forms = [];
  while (tokens.length) forms.push(read(tokens));
  return forms;
}

// ---------------------------------------------------------------- environments
class Env {
  constructor(params = [], args = [], outer = null) {
    this.vars = new Map();
    this.outer = outer;
    for (let i = 0; i < params.length; i++) {
      if (params[i] === S('.')) { this.vars.set(params[i + 1], args.slice(i)); break; }
      this.vars.set(params[i], args[i]);
    }
  }
  find(sym) {
    for (let e = this; e; e = e.outer) if (e.vars.has(sym)) return e;
    throw new LispError(`unbound symbol: ${sym}`);
  }
  get(sym) { return this.find(sym).vars.get(sym); }
  define(sym, v) { this.vars.set(sym, v); return v; }
  set(sym, v) { this.find(sym).vars.set(sym, v); return v; }
}

class Lambda {
  constructor(params, body, env, name = 'lambda') { Object.assign(this, { params, body, env, name }); }
  toString() { return `#<procedure ${this.name}>`; }
}

// ---------------------------------------------------------------- evaluator (TCO via loop)
let steps = 0;
function evaluate(x, env) {
  for (;;) {
    steps++;
    if (x instanceof Sym) return env.get(x);
    if (!Array.isArray(x)) return x;
    if (x.length === 0) return NIL;
    const [op, ...args] = x;
    switch (op) {
      case QUOTE: return args[0];
      case IF: {
        const test = evaluate(args[0], env);
        x = test !== false ? args[1] : (args.length > 2 ? args[2] : false);
        continue;
      }
      case DEFINE: {
        if (Array.isArray(args[0])) {
          const [name, ...params] = args[0];
          return env.define(name, new Lambda(params, [BEGIN, ...args.slice(1)], env, name.name));
        }
        const value = evaluate(args[1], env);
        if (value instanceof Lambda && value.name === 'lambda') value.name = args[0].name;
        return env.define(args[0], value);
      }
      case SET: return env.set(args[0], evaluate(args[1], env));
      case LAMBDA: return new Lambda(args[0], [BEGIN, ...args.slice(1)], env);
      case BEGIN: {
        if (!args.length) return NIL;
        for (const e of args.slice(0, -1)) evaluate(e, env);
        x = args[args.length - 1];
        continue;
      }
      case LET: {
        const names = args[0].map(b => b[0]);
        const values = args[0].map(b => evaluate(b[1], env));
        env = new Env(names, values, env);
        x = [BEGIN, ...args.slice(1)];
        continue;
      }
      case COND: {
        let chosen = null;
        for (const [test, ...body] of args) {
          if (test === ELSE || evaluate(test, env) !== false) { chosen = body; break; }
        }
        if (!chosen) return false;
        x = [BEGIN, ...chosen];
        continue;
      }
      case AND: {
        let v = true;
        for (const a of args) { v = evaluate(a, env); if (v === false) return false; }
        return v;
      }
      case OR: {
        for (const a of args) { const v = evaluate(a, env); if (v !== false) return v; }
        return false;
      }
      default: {
        const fn = evaluate(op, env);
        const vals = args.map(a => evaluate(a, env));
        if (fn instanceof Lambda) {
          env = new Env(fn.params, vals, fn.env);
          x = fn.body;
          continue;
        }
        if (typeof fn === 'function') return fn(...vals);
        throw new LispError(`not a procedure: ${show(fn)}`);
      }
    }
  }
}

// ---------------------------------------------------------------- printer
function show(v) {
  if (v === true) return '#t';
  if (v === false) return '#f';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `(${v.map(show).join(' ')})`;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(4).replace(/0+$/, '');
  return String(v);
}

// ---------------------------------------------------------------- globals
function numeric(name, f) {
  return (...xs) => {
    for (const x of xs) if (typeof x !== 'number') throw new LispError(`${name}: expected number, got ${show(x)}`);
    return f(...xs);
  };
}
const globalEnv = new Env();
const builtins = {
  '+': numeric('+', (...xs) => xs.reduce((a, b) => a + b, 0)),
  '-': numeric('-', (a, ...xs) => xs.length ? xs.reduce((x, y) => x - y, a) : -a),
  '*': numeric('*', (...xs) => xs.reduce((a, b) => a * b, 1)),
  '/': numeric('/', (a, b) => { if (b === 0) throw new LispError('division by zero'); return a / b; }),
  'modulo': numeric('modulo', (a, b) => ((a % b) + b) % b),
  '<': (a, b) => a < b, '>': (a, b) => a > b, '=': (a, b) => a === b, '<=': (a, b) => a <= b,
  'not': (x) => x === false,
  'car': (l) => { if (!Array.isArray(l) || !l.length) throw new LispError('car: empty list'); return l[0]; },
  'cdr': (l) => l.slice(1),
  'cons': (a, l) => [a, ...l],
  'list': (...xs) => xs,
  'null?': (l) => Array.isArray(l) && l.length === 0,
  'pair?': (l) => Array.isArray(l) && l.length > 0,
  'length': (l) => l.length,
  'eq?': (a, b) => a === b,
  'apply': (f, args) => f instanceof Lambda ? evaluate([f, ...args.map(a => [QUOTE, a])], globalEnv) : f(...args),
  'string-append': (...ss) => ss.join(''),
  'number->string': (n) => String(n),
  'display': (v) => { output.push(typeof v === 'string' ? v : show(v)); return NIL; },
};
for (const [k, v] of Object.entries(builtins)) globalEnv.define(S(k), v);

let output = [];
function run(src) {
  let result;
  for (const form of readAll(src)) result = evaluate(form, globalEnv);
  return result;
}

// Standard library in Lisp.
run(`
  (define (map f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l)))))
  (define (filter p l) (cond ((null? l) '()) ((p (car l)) (cons (car l) (filter p (cdr l)))) (else (filter p (cdr l)))))
  (define (foldl f acc l) (if (null? l) acc (foldl f (f acc (car l)) (cdr l))))
  (define (range a b) (if (>= a b) '() (cons a (range (+ a 1) b))))
  (define (>= a b) (not (< a b)))
  (define (reverse l) (foldl (lambda (acc x) (cons x acc)) '() l))
  (define (compose . fs) (if (null? fs) (lambda (x) x) (lambda (x) ((car fs) ((apply compose (cdr fs)) x)))))
`);

const programs = [
  ['arithmetic', '(+ 1 (* 2 3) (- 10 4) (/ 9 2))'],
  ['define and call', '(define (square x) (* x x)) (square 12)'],
  ['closures', '(define (make-adder n) (lambda (x) (+ x n))) (define add5 (make-adder 5)) (list (add5 1) (add5 10))'],
  ['counter with set!', '(define (make-counter) (let ((n 0)) (lambda () (set! n (+ n 1)) n))) (define c (make-counter)) (c) (c) (c)'],
  ['recursion', '(define (fact n) (if (= n 0) 1 (* n (fact (- n 1))))) (fact 10)'],
  ['tail calls', '(define (loop n acc) (if (= n 0) acc (loop (- n 1) (+ acc 1)))) (loop 20000 0)'],
  ['higher order', "(foldl + 0 (map (lambda (x) (* x x)) (filter (lambda (x) (= (modulo x 2) 1)) (range 0 10))))"],
  ['cond and logic', "(define (classify n) (cond ((< n 0) 'negative) ((= n 0) 'zero) ((< n 10) 'small) (else 'large))) (map classify (list -5 0 7 42))"],
  ['and/or', '(list (and 1 2 3) (and 1 #f 3) (or #f #f) (or #f 7))'],
  ['strings', '(define (greet name) (string-append "hello, " name "!")) (greet "lisp")'],
  ['variadic and compose', '((compose (lambda (x) (* x 2)) (lambda (x) (+ x 1))) 5)'],
  ['reverse and quote', "(reverse '(1 2 (3 4) five))"],
  ['mutual recursion', '(define (even? n) (if (= n 0) #t (odd? (- n 1)))) (define (odd? n) (if (= n 0) #f (even? (- n 1)))) (list (even? 1000) (odd? 7))'],
  ['display side effects', '(display "side") (display (list 1 2)) (length (range 0 5))'],
  ['printing procedures', '(list square car)'],
  ['fib memo-free', '(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))) (fib 15)'],
  ['error: unbound', '(undefined-thing 1)'],
  ['error: not a procedure', '(5 3)'],
  ['error: type', '(+ 1 "two")'],
  ['error: division', '(/ 1 0)'],
  ['error: reader', '(+ 1 2'],
  ['error: car', "(car '())"],
];

for (const [label, src] of programs) {
  output = [];
  const before = steps;
  try {
    const value = run(src);
    console.log(`${label.padEnd(22)} => ${show(value)}${output.length ? `  [out: ${output.join(' ')}]` : ''}`);
  } catch (e) {
    if (!(e instanceof LispError)) throw e;
    console.log(`${label.padEnd(22)} !! ${e.message}`);
  }
  if (label === 'tail calls') console.log(`  (tail-call loop took ${steps - before > 20000 ? 'many' : 'few'} steps without growing the JS stack)`);
}

const symbolsSeen = readAll("(a b (c 'd) \"str\" 1.5 #t)").flat(Infinity).filter(x => x instanceof Sym).map(String);
console.log(`symbols: ${symbolsSeen.join(' ')}; interned: ${S('a') === S('a')}`);
console.log(`total evaluation steps > 10000: ${steps > 10000}`);
