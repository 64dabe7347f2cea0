// A dozen modules: a cycle (even <-> odd), re-exports in every form, a JSON module,
// top-level await in two modules, live bindings and dynamic import().
import { isEven, isOdd, calls } from './parity.mjs';
import * as shapes from './shapes/index.mjs';
import Counter, { count, increment } from './counter.mjs';
import config from './config.json' with { type: 'json' };
import { ready, order } from './log.mjs';
import { total } from './sum.mjs';

console.log('main starts; order so far:', order.join(' '));
console.log('isEven(10) =', isEven(10), 'isOdd(7) =', isOdd(7), 'calls =', calls());
console.log('shapes:', Object.keys(shapes).join(', '), shapes[Symbol.toStringTag]);
console.log('area of a 2x3 rect:', shapes.rect(2, 3).area(), 'circle r=1:', shapes.geometry.circle(1).area().toFixed(5));
console.log('count before:', count);
increment(); increment();
console.log('count after two increments (live binding):', count);
console.log('Counter is a class:', typeof Counter, new Counter(5).next());
console.log('config:', config.name, config.version, config.features.join('/'));
console.log('ready:', ready, 'total:', total);
const lazy = await import('./lazy.mjs');
console.log('lazy:', lazy.default, lazy.loadedAfter);
try {
  await import('./broken.mjs');
} catch (e) {
  console.log('broken import:', e.constructor.name);
}
console.log('import.meta.url ends with main.mjs:', import.meta.url.endsWith('/main.mjs'));
console.log('final order:', order.join(' '));
