// Closures as private state: accounts, counters, and a module pattern.
function makeAccount(owner, balance = 0) {
  const history = [];
  function record(kind, amount) {
    history.push(`${kind}:${amount}`);
  }
  return {
    owner,
    deposit(amount) {
      if (amount <= 0) throw new RangeError(`invalid deposit ${amount}`);
      balance += amount;
      record('dep', amount);
      return this;
    },
    withdraw(amount) {
      if (amount > balance) throw new Error(`insufficient funds for ${owner}`);
      balance -= amount;
      record('wd', amount);
      return this;
    },
    get balance() { return balance; },
    history: () => history.slice(),
  };
}

const alice = makeAccount('alice', 100);
const bob = makeAccount('bob');
alice.deposit(50).withdraw(30);
bob.deposit(10);
try {
  bob.withdraw(25);
} catch (e) {
  console.log(`error: ${e.message}`);
}
try {
  alice.deposit(-5);
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
console.log(`${alice.owner}=${alice.balance} ${bob.owner}=${bob.balance}`);
console.log(alice.history().join(','));

// A counter factory with shared and private state.
const makeCounter = (() => {
  let created = 0;
  return function (step = 1) {
    created++;
    let value = 0;
    return { next: () => (value += step), id: created };
  };
})();
const c1 = makeCounter(), c2 = makeCounter(5);
c1.next(); c1.next(); c2.next();
console.log(`c1#${c1.id}=${c1.next()} c2#${c2.id}=${c2.next()}`);

// Closures in loops: var vs let.
const withVar = [], withLet = [];
for (var i = 0; i < 3; i++) withVar.push(() => i);
for (let j = 0; j < 3; j++) withLet.push(() => j);
console.log(withVar.map(f => f()).join(' '), '|', withLet.map(f => f()).join(' '));

// Once and memo helpers.
function once(fn) {
  let done = false, result;
  return (...args) => done ? result : (done = true, result = fn(...args));
}
const init = once((x) => { console.log('init runs'); return x * 2; });
console.log(init(21), init(100));

function memo(fn) {
  const cache = new Map();
  return n => {
    if (!cache.has(n)) cache.set(n, fn(n));
    return cache.get(n);
  };
}
let calls = 0;
const slowSquare = memo(n => { calls++; return n * n; });
[3, 4, 3, 3, 4, 5].forEach(n => slowSquare(n));
console.log(`calls=${calls}`);
