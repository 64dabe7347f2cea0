import { log } from '../log.mjs';
export function rect(w, h) { return { area: () => w * h }; }
export default rect(1, 1);
log('rect');
