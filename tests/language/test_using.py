"""`using` and `await using` declarations (Explicit Resource Management): disposal order,
abrupt completions, SuppressedError chains, loops, modules' top level and early errors."""
import pytest

RESOURCE = """
const log = [];
function res(name, fail) {
  return { [Symbol.dispose]() { log.push('dispose ' + name); if (fail) throw new Error(name); } };
}
"""

CASES = [
    pytest.param("""
{ using a = res('a'), b = res('b'); using n = null, u = undefined; log.push('body'); }
console.log(log.join());
""", "body,dispose b,dispose a", id="reverse_order_null_skipped"),
    pytest.param("""
function f() { using x = res('x'); log.push('in f'); return 'ret'; }
console.log(f(), log.join());
""", "ret in f,dispose x", id="return_disposes"),
    pytest.param("""
outer: for (let i = 0; i < 3; i++) { using r = res('r' + i); if (i === 1) break outer; continue; }
console.log(log.join());
""", "dispose r0,dispose r1", id="break_continue"),
    pytest.param("""
try { using p = res('p', true); using q = res('q', true); throw new Error('body'); } catch (e) {
  console.log(e.name, e.error.message, e.suppressed.name, e.suppressed.error.message, e.suppressed.suppressed.message);
}
""", "SuppressedError p SuppressedError q body", id="suppressed_error_chain"),
    pytest.param("""
try { using p = res('p', true); log.push('body'); } catch (e) { console.log(e.message, log.join()); }
""", "p body,dispose p", id="dispose_error_after_normal_body"),
    pytest.param("""
for (using it of [res('i1'), res('i2')]) log.push('iter');
for (using x = res('head'), y = null; log.length < 5;) log.push('loop');
console.log(log.join());
""", "iter,dispose i1,iter,dispose i2,loop,dispose head", id="for_heads"),
    pytest.param("""
for (const bad of [42, {}]) {
  try { using x = bad; } catch (e) { log.push(e.constructor.name); }
}
try { using c = res('c'); c = 1; } catch (e) { log.push(e.constructor.name); }
console.log(log.join());
""", "TypeError,TypeError,dispose c,TypeError", id="type_errors_and_const"),
    pytest.param("""
var using = 1, of = [[9], [8], [7]], out = [];
using = using + 1;
for (using of of [0, 1, 2]) out.push(using);
console.log(out.join());
""", "7", id="using_as_identifier"),
    pytest.param("""
async function main() {
  {
    await using a = { async [Symbol.asyncDispose]() { await null; log.push('async a'); } };
    await using b = res('sync b'), n = null;
    log.push('body');
  }
  try {
    await using c = { [Symbol.asyncDispose]() { return Promise.reject(new Error('rejected')); } };
  } catch (e) { log.push('caught ' + e.message); }
  for await (await using z of [{ async [Symbol.asyncDispose]() { log.push('z'); } }]) log.push('zbody');
  console.log(log.join());
}
main();
""", "body,dispose sync b,async a,caught rejected,zbody,z", id="await_using"),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_using(run_js, tier, source, expected):
    if tier == "node":
        pytest.skip("node 20 has no using declarations")
    assert run_js(RESOURCE + source) == expected + "\n"


@pytest.mark.parametrize("source, message", [
    ("using x = null;", "Using declarations are not allowed at the top level of a script"),
    ("{ using x; }", "Missing initializer in using declaration"),
    ("switch (1) { case 1: using x = null; }",
     "Using declarations are not allowed directly in a case or default clause"),
    ("function f() { await using x = null; }", "Unexpected identifier 'using'"),
])
def test_using_early_errors(js_error, tier, source, message):
    if tier == "node":
        pytest.skip("node 20 has no using declarations")
    assert js_error(source) == "SyntaxError: " + message
