import { order } from './log.mjs';
export default 'lazy module';
export const loadedAfter = order.length;
