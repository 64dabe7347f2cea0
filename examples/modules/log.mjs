export const order = [];
export function log(name) { order.push(name); }
export let ready = false;
await new Promise(resolve => setTimeout(resolve, 1));
ready = true;
log('log(after await)');
