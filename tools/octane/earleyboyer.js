// EarleyBoyer: an Earley parser and a term-rewriting tautology prover.
//
// Earley: a chart parser for context-free grammars.  An ambiguous grammar of
// binary expressions is parsed and its derivations are counted from the chart
// (a flat expression with k operators has Catalan(k) parses); an unambiguous
// precedence grammar parses random expressions whose parse trees are evaluated
// and compared with a recursive-descent evaluator; bad input must be rejected.
//
// Boyer: terms are rewritten to a normal form with a database of lemmas by
// one-way unification, then checked to be tautologies by case analysis on
// if-then-else.  A chain of implications over large substituted terms is a
// tautology; the same chain with the conclusion reversed is not.
//
// Style: classes for the parser, functions and plain objects for the prover.

// ---------------------------------------------------------------- Earley ----

class Rule {
  constructor(index, lhs, rhs) {
    this.index = index;
    this.lhs = lhs;
    this.rhs = rhs;
  }
}

class Grammar {
  // `rules` is a list of [lhs, [symbols...]]; terminals are the symbols with no rules.
  constructor(start, rules) {
    this.start = start;
    this.rules = rules.map((r, i) => new Rule(i, r[0], r[1]));
    this.byLhs = new Map();
    for (const rule of this.rules) {
      if (rule.rhs.length === 0) throw new Error("Earley: empty rules are not supported");
      if (!this.byLhs.has(rule.lhs)) this.byLhs.set(rule.lhs, []);
      this.byLhs.get(rule.lhs).push(rule);
    }
  }

  isTerminal(symbol) { return !this.byLhs.has(symbol); }
}

class Item {
  constructor(rule, dot, origin) {
    this.rule = rule;
    this.dot = dot;
    this.origin = origin;
  }

  get next() { return this.dot < this.rule.rhs.length ? this.rule.rhs[this.dot] : null; }
  key() { return this.rule.index * 4096 * 64 + this.dot * 4096 + this.origin; }
}

class Chart {
  constructor(grammar, tokens) {
    this.grammar = grammar;
    this.tokens = tokens;
    this.sets = [];
    this.completed = [];     // per position: Set of rule.index * 4096 + origin
    this.memo = new Map();
  }

  // Builds the Earley sets; returns whether the whole input is a sentence.
  parse() {
    const g = this.grammar;
    const n = this.tokens.length;
    for (let i = 0; i <= n; i++) {
      this.sets.push([]);
      this.completed.push(new Set());
    }
    const seen = [];
    for (let i = 0; i <= n; i++) seen.push(new Set());
    const add = (pos, item) => {
      const key = item.key();
      if (!seen[pos].has(key)) {
        seen[pos].add(key);
        this.sets[pos].push(item);
      }
    };
    for (const rule of g.byLhs.get(g.start)) add(0, new Item(rule, 0, 0));
    for (let i = 0; i <= n; i++) {
      const set = this.sets[i];
      for (let k = 0; k < set.length; k++) {
        const item = set[k];
        const symbol = item.next;
        if (symbol === null) {
          // Completer: advance every item waiting for this item's left-hand side.
          this.completed[i].add(item.rule.index * 4096 + item.origin);
          const waiting = this.sets[item.origin];
          for (let w = 0; w < waiting.length; w++) {
            const candidate = waiting[w];
            if (candidate.next === item.rule.lhs) {
              add(i, new Item(candidate.rule, candidate.dot + 1, candidate.origin));
            }
          }
        } else if (g.isTerminal(symbol)) {
          // Scanner.
          if (i < n && this.tokens[i].type === symbol) {
            add(i + 1, new Item(item.rule, item.dot + 1, item.origin));
          }
        } else {
          // Predictor.
          for (const rule of g.byLhs.get(symbol)) add(i, new Item(rule, 0, i));
        }
      }
    }
    for (const rule of g.byLhs.get(g.start)) {
      if (this.completed[n].has(rule.index * 4096)) return true;
    }
    return false;
  }

  itemCount() {
    let count = 0;
    for (const set of this.sets) count += set.length;
    return count;
  }

  // The number of derivations of tokens[i..j) from symbol.
  countSymbol(symbol, i, j) {
    const g = this.grammar;
    if (g.isTerminal(symbol)) return j === i + 1 && this.tokens[i].type === symbol ? 1 : 0;
    const key = symbol + ":" + i + ":" + j;
    const cached = this.memo.get(key);
    if (cached !== undefined) return cached;
    let total = 0;
    for (const rule of g.byLhs.get(symbol)) {
      if (this.completed[j].has(rule.index * 4096 + i)) total += this.countSequence(rule, 0, i, j);
    }
    this.memo.set(key, total);
    return total;
  }

  countSequence(rule, k, i, j) {
    const rhs = rule.rhs;
    if (k === rhs.length) return i === j ? 1 : 0;
    const key = "#" + rule.index + ":" + k + ":" + i + ":" + j;
    const cached = this.memo.get(key);
    if (cached !== undefined) return cached;
    let total = 0;
    // No rule is empty, so every remaining symbol covers at least one token.
    for (let m = i + 1; m <= j - (rhs.length - k - 1); m++) {
      const left = this.countSymbol(rhs[k], i, m);
      if (left !== 0) total += left * this.countSequence(rule, k + 1, m, j);
    }
    this.memo.set(key, total);
    return total;
  }

  // The parse tree of tokens[i..j) from symbol, for an unambiguous grammar.
  tree(symbol, i, j) {
    if (this.grammar.isTerminal(symbol)) return this.tokens[i];
    for (const rule of this.grammar.byLhs.get(symbol)) {
      if (this.completed[j].has(rule.index * 4096 + i) && this.countSequence(rule, 0, i, j) > 0) {
        return { rule: rule, children: this.split(rule, 0, i, j) };
      }
    }
    throw new Error("Earley: no derivation of " + symbol + " over " + i + ".." + j);
  }

  split(rule, k, i, j) {
    if (k === rule.rhs.length) return [];
    for (let m = i + 1; m <= j; m++) {
      if (this.countSymbol(rule.rhs[k], i, m) > 0 && this.countSequence(rule, k + 1, m, j) > 0) {
        return [this.tree(rule.rhs[k], i, m)].concat(this.split(rule, k + 1, m, j));
      }
    }
    throw new Error("Earley: no split");
  }
}

function tokenize(text) {
  const tokens = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === " ") continue;
    if (c >= "0" && c <= "9") {
      let j = i;
      while (j < text.length && text.charAt(j) >= "0" && text.charAt(j) <= "9") j++;
      tokens.push({ type: "num", value: Number(text.slice(i, j)) });
      i = j - 1;
    } else {
      tokens.push({ type: c, value: c });
    }
  }
  return tokens;
}

const AMBIGUOUS = new Grammar("E", [
  ["E", ["E", "+", "E"]],
  ["E", ["E", "*", "E"]],
  ["E", ["(", "E", ")"]],
  ["E", ["num"]],
]);

const PRECEDENCE = new Grammar("Expr", [
  ["Expr", ["Expr", "+", "Term"]],
  ["Expr", ["Expr", "-", "Term"]],
  ["Expr", ["Term"]],
  ["Term", ["Term", "*", "Factor"]],
  ["Term", ["Factor"]],
  ["Factor", ["(", "Expr", ")"]],
  ["Factor", ["-", "Factor"]],
  ["Factor", ["num"]],
]);

function evaluateTree(node) {
  if (node.rule === undefined) return node.value;
  const c = node.children;
  switch (node.rule.rhs.length === 1 ? "unit" : node.rule.rhs[1]) {
    case "unit": return evaluateTree(c[0]);
    case "+": return evaluateTree(c[0]) + evaluateTree(c[2]);
    case "-": return evaluateTree(c[0]) - evaluateTree(c[2]);
    case "*": return evaluateTree(c[0]) * evaluateTree(c[2]);
    case "Expr": return evaluateTree(c[1]);
    case "Factor": return -evaluateTree(c[1]);
    default: throw new Error("Earley: unknown node " + node.rule.lhs);
  }
}

// An independent recursive-descent evaluator for the same language.
function evaluateDirect(tokens) {
  let pos = 0;
  const peek = () => (pos < tokens.length ? tokens[pos].type : null);
  function expr() {
    let v = term();
    while (peek() === "+" || peek() === "-") v = tokens[pos++].type === "+" ? v + term() : v - term();
    return v;
  }
  function term() {
    let v = factor();
    while (peek() === "*") { pos++; v *= factor(); }
    return v;
  }
  function factor() {
    const t = tokens[pos++];
    if (t.type === "-") return -factor();
    if (t.type === "(") { const v = expr(); pos++; return v; }
    return t.value;
  }
  return expr();
}

// Random expressions from a deterministic generator.
function ExprGenerator(seed) { this.state = seed; }
ExprGenerator.prototype.next = function (n) {
  this.state = (this.state * 1103515245 + 12345) % 2147483648;
  return Math.floor(this.state / 2147483648 * n);
};
ExprGenerator.prototype.expression = function (depth) {
  if (depth === 0 || this.next(3) === 0) return String(this.next(10));
  switch (this.next(5)) {
    case 0: return "(" + this.expression(depth - 1) + ")";
    case 1: return "-" + this.expression(depth - 1);
    case 2: return this.expression(depth - 1) + " * " + this.expression(depth - 1);
    case 3: return this.expression(depth - 1) + " - " + this.expression(depth - 1);
    default: return this.expression(depth - 1) + " + " + this.expression(depth - 1);
  }
};

function catalan(k) {
  let c = 1;
  for (let i = 0; i < k; i++) c = c * 2 * (2 * i + 1) / (i + 2);
  return c;
}

function runEarley(size) {
  let items = 0;
  // Flat ambiguous sentences: Catalan(k) parses for k operators.
  for (let k = 1; k <= 6 + (size % 5); k++) {
    let text = "1";
    for (let i = 0; i < k; i++) text += (i % 2 === 0 ? " + " : " * ") + (i + 2);
    const chart = new Chart(AMBIGUOUS, tokenize(text));
    if (!chart.parse()) throw new Error("Earley: rejected " + text);
    const parses = chart.countSymbol("E", 0, chart.tokens.length);
    if (parses !== catalan(k)) throw new Error("Earley: " + parses + " parses of " + text);
    items += chart.itemCount();
  }
  // Parentheses fix the grouping of what they enclose.
  const grouped = new Chart(AMBIGUOUS, tokenize("(1 + 2 + 3) * (4 * 5 + 6) + 7"));
  if (!grouped.parse() || grouped.countSymbol("E", 0, grouped.tokens.length) !== 2 * 2 * 2) {
    throw new Error("Earley: wrong count for a grouped sentence");
  }
  // Random expressions through the precedence grammar, evaluated two ways.
  const gen = new ExprGenerator(size);
  for (let s = 0; s < size; s++) {
    const text = gen.expression(5);
    const tokens = tokenize(text);
    const chart = new Chart(PRECEDENCE, tokens);
    if (!chart.parse()) throw new Error("Earley: rejected " + text);
    if (chart.countSymbol("Expr", 0, tokens.length) !== 1) throw new Error("Earley: ambiguous " + text);
    const value = evaluateTree(chart.tree("Expr", 0, tokens.length));
    if (value !== evaluateDirect(tokens)) throw new Error("Earley: wrong value for " + text);
    items += chart.itemCount();
  }
  for (const bad of ["1 +", "(1 + 2", "1 2", "* 3", "()"]) {
    if (new Chart(PRECEDENCE, tokenize(bad)).parse()) throw new Error("Earley: accepted " + bad);
  }
  return items;
}

// ----------------------------------------------------------------- Boyer ----

// Terms: a symbol is a string; an application is { op, args }.
function app(op, args) { return { op: op, args: args }; }

// Reads a term from Lisp-like text: "(plus x (zero))".
function readTerm(text) {
  const tokens = text.replace(/\(/g, " ( ").replace(/\)/g, " ) ").trim().split(/\s+/);
  let pos = 0;
  function read() {
    const t = tokens[pos++];
    if (t !== "(") return t;
    const op = tokens[pos++];
    const args = [];
    while (tokens[pos] !== ")") args.push(read());
    pos++;
    return app(op, args);
  }
  const term = read();
  if (pos !== tokens.length) throw new Error("Boyer: trailing input in " + text);
  return term;
}

function termEqual(a, b) {
  if (typeof a === "string" || typeof b === "string") return a === b;
  if (a.op !== b.op || a.args.length !== b.args.length) return false;
  for (let i = 0; i < a.args.length; i++) if (!termEqual(a.args[i], b.args[i])) return false;
  return true;
}

function termSize(t) {
  if (typeof t === "string") return 1;
  let n = 1;
  for (const a of t.args) n += termSize(a);
  return n;
}

const LEMMA_TEXT = [
  "(equal (and p q) (if p (if q (t) (f)) (f)))",
  "(equal (or p q) (if p (t) (if q (t) (f))))",
  "(equal (not p) (if p (f) (t)))",
  "(equal (implies p q) (if p (if q (t) (f)) (t)))",
  "(equal (iff p q) (and (implies p q) (implies q p)))",
  "(equal (xor p q) (if p (not q) (if q (t) (f))))",
  "(equal (if (if a b c) d e) (if a (if b d e) (if c d e)))",
  "(equal (boolean x) (or (equal x (t)) (equal x (f))))",
  "(equal (greaterp x y) (lessp y x))",
  "(equal (lesseqp x y) (not (lessp y x)))",
  "(equal (greatereqp x y) (not (lessp x y)))",
  "(equal (plus (plus x y) z) (plus x (plus y z)))",
  "(equal (plus x (zero)) (fix x))",
  "(equal (times x (plus y z)) (plus (times x y) (times x z)))",
  "(equal (times (times x y) z) (times x (times y z)))",
  "(equal (times x (one)) (fix x))",
  "(equal (equal (plus a b) (zero)) (and (zerop a) (zerop b)))",
  "(equal (equal (times x y) (zero)) (or (zerop x) (zerop y)))",
  "(equal (equal (plus a b) (plus a c)) (equal (fix b) (fix c)))",
  "(equal (difference (plus x y) x) (fix y))",
  "(equal (difference x x) (zero))",
  "(equal (lessp (remainder x y) y) (not (zerop y)))",
  "(equal (remainder (times x y) y) (zero))",
  "(equal (remainder x (one)) (zero))",
  "(equal (append (append x y) z) (append x (append y z)))",
  "(equal (reverse (append a b)) (append (reverse b) (reverse a)))",
  "(equal (reverse (reverse x)) (list-fix x))",
  "(equal (length (reverse x)) (length x))",
  "(equal (length (append a b)) (plus (length a) (length b)))",
  "(equal (member x (append a b)) (or (member x a) (member x b)))",
  "(equal (member x (reverse y)) (member x y))",
  "(equal (equal (append a b) (append a c)) (equal b c))",
  "(equal (nth (append a b) i) (if (lessp i (length a)) (nth a i) (nth b (difference i (length a)))))",
  "(equal (fix (fix x)) (fix x))",
  "(equal (zerop (fix x)) (zerop x))",
];

// The lemma database: function symbol -> [{ lhs, rhs }].
function buildLemmas() {
  const lemmas = new Map();
  for (const text of LEMMA_TEXT) {
    const lemma = readTerm(text);
    if (lemma.op !== "equal") throw new Error("Boyer: lemma is not an equality: " + text);
    const lhs = lemma.args[0];
    if (!lemmas.has(lhs.op)) lemmas.set(lhs.op, []);
    lemmas.get(lhs.op).push({ lhs: lhs, rhs: lemma.args[1] });
  }
  return lemmas;
}

// One-way unification: binds symbols of `pattern` so that it equals `term`.
function oneWayUnify(term, pattern, bindings) {
  if (typeof pattern === "string") {
    const bound = bindings.get(pattern);
    if (bound !== undefined) return termEqual(term, bound);
    bindings.set(pattern, term);
    return true;
  }
  if (typeof term === "string" || term.op !== pattern.op || term.args.length !== pattern.args.length) {
    return false;
  }
  for (let i = 0; i < pattern.args.length; i++) {
    if (!oneWayUnify(term.args[i], pattern.args[i], bindings)) return false;
  }
  return true;
}

function substitute(term, bindings) {
  if (typeof term === "string") {
    const bound = bindings.get(term);
    return bound === undefined ? term : bound;
  }
  return app(term.op, term.args.map((a) => substitute(a, bindings)));
}

class Prover {
  constructor() {
    this.lemmas = buildLemmas();
    this.rewrites = 0;
  }

  rewrite(term) {
    if (typeof term === "string") return term;
    return this.rewriteWithLemmas(app(term.op, term.args.map((a) => this.rewrite(a))));
  }

  rewriteWithLemmas(term) {
    const candidates = this.lemmas.get(term.op);
    if (candidates !== undefined) {
      for (const lemma of candidates) {
        const bindings = new Map();
        if (oneWayUnify(term, lemma.lhs, bindings)) {
          this.rewrites++;
          return this.rewrite(substitute(lemma.rhs, bindings));
        }
      }
    }
    return term;
  }

  // Case analysis on if-then-else, remembering what is assumed true or false.
  tautologyp(x, trueList, falseList) {
    if (isTrue(x, trueList)) return true;
    if (isFalse(x, falseList)) return false;
    if (typeof x === "string" || x.op !== "if") return false;
    const test = x.args[0];
    if (isTrue(test, trueList)) return this.tautologyp(x.args[1], trueList, falseList);
    if (isFalse(test, falseList)) return this.tautologyp(x.args[2], trueList, falseList);
    return this.tautologyp(x.args[1], [test].concat(trueList), falseList) &&
           this.tautologyp(x.args[2], trueList, [test].concat(falseList));
  }

  prove(term) {
    return this.tautologyp(this.rewrite(term), [], []);
  }
}

function isTrue(x, list) {
  if (typeof x !== "string" && x.op === "t" && x.args.length === 0) return true;
  return list.some((y) => termEqual(x, y));
}

function isFalse(x, list) {
  if (typeof x !== "string" && x.op === "f" && x.args.length === 0) return true;
  return list.some((y) => termEqual(x, y));
}

const BOYER_ATOMS = [
  "(f (plus (plus a b) (plus c (zero))))",
  "(f (times (times a b) (plus c d)))",
  "(f (reverse (append (append a b) (nil))))",
  "(equal (plus a b) (difference x y))",
  "(lessp (remainder a b) (length (reverse (append a b))))",
  "(f (member c (reverse (reverse a))))",
  "(f (times x (plus y (one))))",
  "(greatereqp (length (reverse a)) (plus (length a) (zero)))",
];

// (implies (and (implies v0 v1) (and ... (implies vn-1 vn))) (implies v0 vn)),
// with each vi replaced by a large term picked from BOYER_ATOMS starting at
// `offset`; reversed, the conclusion is (implies vn v0), which does not follow.
function chainTheorem(length, reversed, offset) {
  const atoms = [];
  for (let i = 0; i <= length; i++) {
    atoms.push(BOYER_ATOMS[(i + offset) % BOYER_ATOMS.length].replace(/\ba\b/g, "a" + i));
  }
  let hypothesis = "(implies " + atoms[length - 1] + " " + atoms[length] + ")";
  for (let i = length - 2; i >= 0; i--) {
    hypothesis = "(and (implies " + atoms[i] + " " + atoms[i + 1] + ") " + hypothesis + ")";
  }
  const conclusion = reversed ? "(implies " + atoms[length] + " " + atoms[0] + ")"
                              : "(implies " + atoms[0] + " " + atoms[length] + ")";
  return readTerm("(implies " + hypothesis + " " + conclusion + ")");
}

// Proves `count` chain theorems (and refutes their reversals); returns the
// number of rewrites done.  The case analysis grows exponentially with the
// chain length, so the length is fixed and the count scales the work.
function runBoyer(count) {
  const prover = new Prover();
  for (let i = 0; i < count; i++) {
    const theorem = chainTheorem(2, false, i);
    if (termSize(theorem) < 25) throw new Error("Boyer: theorem too small");
    if (!prover.prove(theorem)) throw new Error("Boyer: failed to prove chain theorem " + i);
    if (prover.prove(chainTheorem(2, true, i))) throw new Error("Boyer: proved a false theorem " + i);
  }
  // Identities that the lemmas normalise to the same term.
  const left = prover.rewrite(readTerm("(reverse (append (append a b) c))"));
  const right = prover.rewrite(readTerm("(append (reverse c) (append (reverse b) (reverse a)))"));
  if (!termEqual(left, right)) throw new Error("Boyer: append/reverse normal forms differ");
  if (!prover.prove(readTerm("(or (p) (not (p)))"))) throw new Error("Boyer: excluded middle");
  if (prover.prove(readTerm("(and (p) (q))"))) throw new Error("Boyer: proved (and p q)");
  return prover.rewrites;
}

function runIteration(size) {
  const items = runEarley(size);
  if (items <= 0) throw new Error("Earley: empty charts");
  if (runBoyer(Math.ceil(size / 10)) <= 0) throw new Error("Boyer: nothing rewritten");
}
