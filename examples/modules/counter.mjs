export let count = 0;
export function increment() { count++; }
export default class Counter {
  #n;
  constructor(n) { this.#n = n; }
  next() { return ++this.#n; }
}
