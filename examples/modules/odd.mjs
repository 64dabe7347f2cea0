import { isEven } from './even.mjs';
import { log } from './log.mjs';
export function isOdd(x) { return x === 0 ? false : isEven(x - 1); }
// the cycle: even.mjs has not run yet, but its function declarations exist
log('odd sees isEven: ' + typeof isEven);
