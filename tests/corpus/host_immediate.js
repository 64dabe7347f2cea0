// setImmediate / clearImmediate against microtasks and timers, in the orders node guarantees.
const log = [];
const imm = setImmediate((a, b) => {
  log.push(`immediate 1 (${a}, ${b})`);
  Promise.resolve().then(() => log.push("microtask after immediate 1"));
  setImmediate(() => log.push("immediate queued by immediate 1"));
}, "x", 2);
console.log(typeof imm, typeof imm.ref, typeof imm.unref, imm.hasRef());
setImmediate(() => log.push("immediate 2"));
const cancelled = setImmediate(() => log.push("cancelled immediate"));
clearImmediate(cancelled);
clearImmediate(undefined);
Promise.resolve().then(() => log.push("microtask 1"));
queueMicrotask(() => log.push("microtask 2"));
setTimeout(() => {
  log.push("timeout");
  setImmediate(() => log.push("immediate from timeout"));
  setTimeout(() => {
    log.push("timeout from timeout");
    console.log(log.join("\n"));
  }, 0);
  Promise.resolve().then(() => log.push("microtask from timeout"));
}, 250);  // late enough that a loaded machine does not make node run it before the immediates
setImmediate(() => {
  const later = setImmediate(() => log.push("cleared by an earlier immediate"));
  log.push("immediate 3");
  clearImmediate(later);
});
try { setImmediate("not a function"); } catch (e) { console.log(e.name); }
log.push("script end");
