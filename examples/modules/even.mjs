import { isOdd } from './odd.mjs';
import { log } from './log.mjs';
let n = 0;
export function calls() { return n; }
export function isEven(x) { n++; return x === 0 ? true : isOdd(x - 1); }
log('even');
