export { isEven } from './even.mjs';
export { isOdd } from './odd.mjs';
export { calls } from './even.mjs';
