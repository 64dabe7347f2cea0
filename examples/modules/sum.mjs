import { order } from './log.mjs';
const values = await Promise.all([1, 2, 3].map(async v => v * 10));
export const total = values.reduce((a, b) => a + b, 0);
order.push('sum');
