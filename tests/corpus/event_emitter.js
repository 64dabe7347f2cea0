// An event emitter with on/once/off, wildcard listeners and error isolation.
class Emitter {
  #handlers = new Map();
  on(event, fn) {
    if (!this.#handlers.has(event)) this.#handlers.set(event, []);
    this.#handlers.get(event).push(fn);
    return () => this.off(event, fn);
  }
  once(event, fn) {
    const wrapper = (...args) => { this.off(event, wrapper); fn.apply(this, args); };
    return this.on(event, wrapper);
  }
  off(event, fn) {
    const list = this.#handlers.get(event);
    if (!list) return false;
    const i = list.indexOf(fn);
    if (i >= 0) list.splice(i, 1);
    return i >= 0;
  }
  emit(event, ...args) {
    const list = [...(this.#handlers.get(event) ?? []), ...(this.#handlers.get('*') ?? [])];
    let errors = 0;
    for (const fn of list) {
      try { fn.call(this, ...args, event); }
      catch (e) { errors++; console.log(`listener failed: ${e.message}`); }
    }
    return list.length - errors;
  }
  listenerCount(event) { return this.#handlers.get(event)?.length ?? 0; }
}

const bus = new Emitter();
const seen = [];
const unsubscribe = bus.on('data', (x) => seen.push(`a:${x}`));
bus.on('data', function (x) { seen.push(`b:${x}:${this === bus}`); });
bus.once('data', (x) => seen.push(`once:${x}`));
bus.on('*', (...args) => seen.push(`wild:${args.join('/')}`));
bus.on('boom', () => { throw new Error('kaboom'); });

console.log(bus.emit('data', 1), bus.listenerCount('data'));
console.log(bus.emit('data', 2));
unsubscribe();
console.log(bus.emit('data', 3), bus.listenerCount('data'));
console.log(bus.emit('boom'));
console.log(bus.emit('nothing'));
console.log(seen.join(' '));

// A store that notifies subscribers of changes via getters and setters.
function createStore(initial) {
  const emitter = new Emitter();
  const state = { ...initial };
  const proxy = {};
  for (const key of Object.keys(state)) {
    Object.defineProperty(proxy, key, {
      enumerable: true,
      get: () => state[key],
      set: (v) => {
        const old = state[key];
        if (old === v) return;
        state[key] = v;
        emitter.emit('change', key, old, v);
      },
    });
  }
  return { state: proxy, subscribe: fn => emitter.on('change', fn) };
}

const store = createStore({ count: 0, label: 'start' });
store.subscribe((key, old, v) => console.log(`change ${key}: ${JSON.stringify(old)} -> ${JSON.stringify(v)}`));
store.state.count++;
store.state.count += 10;
store.state.label = 'start';
store.state.label = 'end';
console.log(JSON.stringify(store.state));
