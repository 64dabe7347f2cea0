// try/catch/finally completion rules with return, break, continue and throw.
const trail = [];
const t = (s) => trail.push(s);

function returnOverride() {
  try { t('try'); return 'from try'; }
  finally { t('finally'); return 'from finally'; }
}
function throwSwallowed() {
  try { throw new Error('lost'); }
  finally { return 'finally wins over throw'; }
}
function finallyThrowReplaces() {
  try { throw new Error('first'); }
  finally { throw new Error('second'); }
}
function returnValueFixed() {
  let x = 1;
  try { return x; }
  finally { x = 2; t(`x set to ${x}`); }
}
console.log(returnOverride(), '|', throwSwallowed(), '|', returnValueFixed());
try { finallyThrowReplaces(); } catch (e) { console.log('caught', e.message); }

function loopControl() {
  const out = [];
  for (let i = 0; i < 5; i++) {
    try {
      if (i === 1) continue;
      if (i === 3) break;
      out.push(`body${i}`);
    } finally {
      out.push(`fin${i}`);
    }
  }
  return out.join(' ');
}
console.log(loopControl());

function breakInFinallyCancelsReturn() {
  for (const x of [1, 2, 3]) {
    try { return `returned ${x}`; }
    finally { if (x < 3) continue; }
  }
  return 'loop completed';
}
function breakInFinallyCancelsThrow() {
  let i = 0;
  while (true) {
    try { i++; throw new Error('never seen'); }
    finally { if (i >= 2) break; continue; }
  }
  return `broke out after ${i}`;
}
console.log(breakInFinallyCancelsReturn(), '|', breakInFinallyCancelsThrow());

// Nested finally blocks unwind innermost first, labeled break crosses them.
function nested() {
  const out = [];
  outer: for (const a of ['a', 'b']) {
    try {
      for (const n of [1, 2]) {
        try {
          if (a === 'b' && n === 2) break outer;
          out.push(a + n);
        } finally {
          out.push(`in-fin ${a}${n}`);
        }
      }
    } finally {
      out.push(`out-fin ${a}`);
    }
  }
  return out.join(', ');
}
console.log(nested());

// Generators: return() triggers finally; finally can yield.
function* guarded() {
  try { yield 'a'; yield 'b'; }
  finally { t('gen finally'); yield 'cleanup'; }
}
const g = guarded();
console.log(g.next().value, JSON.stringify(g.return('stop')), JSON.stringify(g.next()), JSON.stringify(g.next()));

// Catch parameter scoping and rethrow with context.
function rethrow() {
  try {
    try { JSON.parse('{'); }
    catch (err) { throw new Error(`wrapped: ${err.name}`, { cause: err }); }
    finally { t('inner finally'); }
  } catch (e) {
    return `${e.message} / cause is SyntaxError: ${e.cause instanceof SyntaxError}`;
  }
}
console.log(rethrow());

// Async function finally after await.
async function asyncFinally() {
  try { await Promise.reject(new Error('async fail')); }
  catch (e) { t(`async caught ${e.message}`); return 'async result'; }
  finally { await null; t('async finally'); }
}
asyncFinally().then(v => {
  t(v);
  console.log(trail.join(' ; '));
});
