// for await closes its iterator as AsyncIteratorClose does: return() is awaited on break,
// return, continue to an outer loop and throw; a throw wins over errors of return().
const log = [];
function src(retVal) { let i = 0; return { [Symbol.asyncIterator]() { return this; }, next() { return Promise.resolve({ value: i++, done: false }); }, return() { log.push("return called"); return retVal; } }; }
(async () => {
  for await (const x of src({ done: true })) { log.push("body " + x); break; }
  log.push("after break");
  try { for await (const x of src(1)) { break; } } catch (e) { log.push("break check " + e.constructor.name + ": " + e.message); }
  try { for await (const x of src(1)) { throw new Error("boom"); } } catch (e) { log.push("throw wins " + e.message); }
  try { for await (const x of src(Promise.reject(new Error("rej")))) { throw new Error("boom2"); } } catch (e) { log.push("throw wins over rejection " + e.message); }
  try { for await (const x of src(Promise.reject(new Error("rej")))) { break; } } catch (e) { log.push("rejection on break " + e.message); }
  const r = await (async () => { for await (const x of src({})) { return "ret"; } })();
  log.push("returned " + r);
  outer: for (const y of [1]) { for await (const x of src({})) { continue outer; } }
  log.push("continue outer");
  let ticks = 0; const t = (async () => { for (let k = 0; k < 10; k++) { ticks++; await null; } })();
  try { for await (const x of [1, 2]) { throw new Error("sync"); } } catch (e) { log.push("sync source " + e.message + " ticks " + ticks); }
  async function* g() { try { yield 1; yield 2; } finally { await null; log.push("agen cleanup"); } }
  try { for await (const x of g()) { throw new Error("gen"); } } catch (e) { log.push("caught " + e.message); }
  console.log(log.join("\n"));
})();
