// Custom iterables: linked list, range objects, and iterator closing.
class LinkedList {
  #head = null;
  #size = 0;
  static from(iterable) { const l = new LinkedList(); for (const x of iterable) l.push(x); return l; }
  push(value) {
    const node = { value, next: null };
    if (!this.#head) this.#head = node;
    else { let n = this.#head; while (n.next) n = n.next; n.next = node; }
    this.#size++;
    return this;
  }
  get size() { return this.#size; }
  *[Symbol.iterator]() { for (let n = this.#head; n; n = n.next) yield n.value; }
  reverse() {
    let prev = null, cur = this.#head;
    while (cur) { const next = cur.next; cur.next = prev; prev = cur; cur = next; }
    this.#head = prev;
    return this;
  }
}

const list = LinkedList.from('abcde');
console.log([...list].join(''), list.size, [...list.reverse()].join(''));
const [first, , third, ...others] = list;
console.log(first, third, others.join(''));
console.log(Array.from(list, (ch, i) => ch + i).join(' '));

// A hand-written iterator object with explicit next/return.
function countdown(from) {
  let current = from;
  const events = [];
  const iterator = {
    [Symbol.iterator]() { return this; },
    next() {
      events.push(`next(${current})`);
      return current > 0 ? { value: current--, done: false } : { value: 'liftoff', done: true };
    },
    return(v) {
      events.push('return');
      return { value: v, done: true };
    },
  };
  return { iterator, events };
}

let { iterator, events } = countdown(3);
console.log([...iterator].join(','), events.join(' '));

({ iterator, events } = countdown(5));
for (const n of iterator) { if (n === 4) break; }
console.log(events.join(' '));

({ iterator, events } = countdown(5));
try { for (const n of iterator) { if (n === 3) throw new Error('abort'); } } catch (e) { events.push(e.message); }
console.log(events.join(' '));

({ iterator, events } = countdown(2));
const [only] = iterator;
console.log(only, events.join(' '));

// Iterating Maps, Sets, entries, and strings.
const m = new Map([[1, 'one'], [2, 'two']]);
m.set(3, 'three').delete(1);
console.log([...m.keys()].join(), [...m.values()].join(), [...m].map(([k, v]) => `${k}:${v}`).join());
const set = new Set('mississippi');
console.log([...set].join(''), set.size);
const arr = ['x', 'y'];
console.log([...arr.entries()].map(e => e.join('=')).join(' '), [...arr.keys()].join());

// Using the iterator directly.
const it = [10, 20][Symbol.iterator]();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
console.log(typeof it[Symbol.iterator], it[Symbol.iterator]() === it);

// Infinite iterable consumed partially via destructuring.
const naturals = { *[Symbol.iterator]() { let n = 1; while (true) yield n++; } };
const [n1, n2, n3] = naturals;
console.log(n1 + n2 + n3);
