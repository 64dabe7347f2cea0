// Private fields and methods, static blocks, accessors and brand checks.
class Ledger {
  static #registry = new Map();
  static #nextId;
  static {
    Ledger.#nextId = 1000;
  }

  #id;
  #entries = [];
  #frozen = false;

  constructor(owner) {
    this.owner = owner;
    this.#id = Ledger.#nextId++;
    Ledger.#registry.set(this.#id, this);
  }

  static byId(id) { return Ledger.#registry.get(id) ?? null; }
  static isLedger(x) { return #id in x; }

  get id() { return this.#id; }
  get balance() { return this.#entries.reduce((s, e) => s + e.amount, 0); }
  get frozen() { return this.#frozen; }
  set frozen(v) {
    if (this.#frozen && !v) throw new Error('cannot unfreeze');
    this.#frozen = Boolean(v);
  }

  #check(amount) {
    if (this.#frozen) throw new Error(`ledger ${this.#id} is frozen`);
    if (!Number.isFinite(amount)) throw new TypeError(`bad amount: ${amount}`);
  }

  #add(kind, amount, memo) {
    this.#check(amount);
    this.#entries.push({ kind, amount, memo });
    return this;
  }

  credit(amount, memo = '') { return this.#add('credit', amount, memo); }
  debit(amount, memo = '') { return this.#add('debit', -amount, memo); }

  transferTo(other, amount) {
    if (!Ledger.isLedger(other)) throw new TypeError('not a ledger');
    this.debit(amount, `to ${other.#id}`);
    other.credit(amount, `from ${this.#id}`);
  }

  *statement() {
    let running = 0;
    for (const { kind, amount, memo } of this.#entries) {
      running += amount;
      yield `${kind.padEnd(6)} ${String(amount).padStart(5)} ${String(running).padStart(5)} ${memo}`.trimEnd();
    }
  }
}

const a = new Ledger('ann');
const b = new Ledger('bob');
a.credit(500, 'salary').debit(120, 'rent');
a.transferTo(b, 80);
b.debit(30);
console.log(`${a.owner}#${a.id}: ${a.balance}; ${b.owner}#${b.id}: ${b.balance}`);
for (const line of a.statement()) console.log(line);
for (const line of b.statement()) console.log(line);

console.log(Ledger.byId(1001).owner, Ledger.byId(5), Ledger.isLedger(a), Ledger.isLedger({}));

b.frozen = true;
for (const action of [() => b.credit(1), () => { b.frozen = false; }, () => a.credit(NaN), () => a.transferTo({}, 1)]) {
  try { action(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
console.log(Object.keys(a).join(), JSON.stringify(a), a.balance);

// Private names are per-class: a subclass cannot see them.
class Savings extends Ledger {
  #rate;
  constructor(owner, rate) { super(owner); this.#rate = rate; }
  accrue() { return this.credit(Math.round(this.balance * this.#rate), 'interest'); }
}
const s = new Savings('sue', 0.05);
s.credit(1000).accrue();
console.log(s.balance, s.id, Ledger.isLedger(s), s instanceof Ledger);
