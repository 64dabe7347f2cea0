import { log } from '../log.mjs';
export const circle = r => ({ area: () => Math.PI * r * r });
log('circle');
