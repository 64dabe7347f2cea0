"""var / let / const, hoisting, TDZ, block scoping and closures."""
import pytest

CASES = [
    pytest.param("var x = 1; { var x = 2; } console.log(x);", "2", id="var_function_scoped"),
    pytest.param("let x = 1; { let x = 2; console.log(x); } console.log(x);", "2\n1",
                 id="let_block_scoped"),
    pytest.param("const c = {a: 1}; c.a = 2; console.log(c.a);", "2", id="const_object_mutable"),
    pytest.param("console.log(typeof v, v); var v = 3; console.log(v);", "undefined undefined\n3",
                 id="var_hoisted_undefined"),
    pytest.param("console.log(f()); function f() { return 'hoisted'; }", "hoisted",
                 id="function_declaration_hoisted"),
    pytest.param("var x = 1; function x() {} console.log(typeof x);", "number",
                 id="var_assignment_beats_function"),
    pytest.param("function g() { return 1; } function g() { return 2; } console.log(g());", "2",
                 id="later_function_declaration_wins"),
    pytest.param("var gv = 5; console.log(globalThis.gv, 'gv' in globalThis);", "5 true",
                 id="global_var_is_global_property"),
    pytest.param("let gl = 5; console.log(globalThis.gl, 'gl' in globalThis);", "undefined false",
                 id="global_let_not_global_property"),
    pytest.param("function f() {} console.log(typeof globalThis.f);", "function",
                 id="global_function_is_global_property"),
    pytest.param("""
var fs = [];
for (var i = 0; i < 3; i++) fs.push(() => i);
console.log(fs.map(f => f()).join());
""", "3,3,3", id="var_loop_shares_binding"),
    pytest.param("""
const fs = [];
for (let i = 0; i < 3; i++) fs.push(() => i);
console.log(fs.map(f => f()).join());
""", "0,1,2", id="let_loop_fresh_binding_per_iteration"),
    pytest.param("""
const fs = [];
for (let i = 0; i < 3; i++) { fs.push(() => i); i++; }
console.log(fs.map(f => f()).join());
""", "1,3", id="let_loop_copies_after_body"),
    pytest.param("""
const fs = [];
for (const k in {a: 1, b: 2}) fs.push(() => k);
for (const v of [3, 4]) fs.push(() => v);
console.log(fs.map(f => f()).join());
""", "a,b,3,4", id="for_in_of_const_per_iteration"),
    pytest.param("""
function counter() { let n = 0; return { inc: () => ++n, get: () => n }; }
const a = counter(), b = counter();
a.inc(); a.inc(); b.inc();
console.log(a.get(), b.get());
""", "2 1", id="closure_independent_state"),
    pytest.param("""
function outer() { var x = 'o'; function inner() { return x; } x = 'changed'; return inner; }
console.log(outer()());
""", "changed", id="closure_captures_binding_not_value"),
    pytest.param("""
let x = 'outer';
function f() { return x; }
{ let x = 'inner'; console.log(f()); }
""", "outer", id="lexical_not_dynamic_scope"),
    pytest.param("""
function f() { return typeof g; { function g() {} } }
console.log(f());
""", "undefined", id="annex_b_block_function_not_yet_assigned"),
    pytest.param("""
{ function blockFn() { return 'b'; } }
console.log(blockFn());
""", "b", id="annex_b_block_function_visible_after_block"),
    pytest.param("""
let a = 1;
{ const a = 2; { let a = 3; console.log(a); } console.log(a); }
console.log(a);
""", "3\n2\n1", id="nested_shadowing"),
    pytest.param("""
try { undefinedThing; } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(typeof undefinedThing);
""", "ReferenceError: undefinedThing is not defined\nundefined", id="unresolvable_reference"),
    pytest.param("""
function f() { implicitGlobal = 7; }
f();
console.log(implicitGlobal, globalThis.implicitGlobal);
""", "7 7", id="sloppy_assignment_creates_global"),
    pytest.param("""
function f() { 'use strict'; try { undeclared = 1; } catch (e) { return e.name; } }
console.log(f());
""", "ReferenceError", id="strict_assignment_to_undeclared_throws"),
    pytest.param("""
try { x; } catch (e) { console.log(e.name + ': ' + e.message); }
let x = 1;
""", "ReferenceError: Cannot access 'x' before initialization", id="tdz_let_read"),
    pytest.param("""
function f() { return y; }
try { f(); } catch (e) { console.log(e.message); }
const y = 2;
console.log(f());
""", "Cannot access 'y' before initialization\n2", id="tdz_through_closure"),
    pytest.param("""
try { x = 5; } catch (e) { console.log(e.message); }
let x;
console.log(x);
""", "Cannot access 'x' before initialization\nundefined", id="tdz_write"),
    pytest.param("""
try { console.log(typeof z); } catch (e) { console.log(e.name); }
let z;
""", "ReferenceError", id="tdz_typeof"),
    pytest.param("""
try { const c = 1; c = 2; } catch (e) { console.log(e.name + ': ' + e.message); }
""", "TypeError: Assignment to constant variable.", id="const_assignment"),
    pytest.param("""
const c = 1;
try { c++; } catch (e) { console.log(e.message); }
try { c += 1; } catch (e) { console.log(e.message); }
console.log(c);
""", "Assignment to constant variable.\nAssignment to constant variable.\n1",
                 id="const_update_operators"),
    pytest.param("""
let x = 'outer';
{ try { console.log(x); } catch (e) { console.log(e.name); } let x = 'inner'; }
""", "ReferenceError", id="tdz_shadows_outer"),
    pytest.param("""
var fn = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
console.log(fn(5), typeof fact);
""", "120 undefined", id="named_function_expression_binding"),
    pytest.param("""
var f = function g() { g = 1; return typeof g; };
console.log(f());
""", "function", id="named_function_expression_binding_immutable"),
    pytest.param("""
let s = 0;
for (let i = 0, j = 10; i < j; i += 3, j -= 3) s += i * j;
console.log(s);
""", "21", id="for_let_multiple"),
    pytest.param("""
var x = 10;
function f() { console.log(x); var x = 20; console.log(x); }
f();
""", "undefined\n20", id="var_hoisting_in_function"),
    pytest.param("""
function f(a) { var a; return a; }
console.log(f(3));
""", "3", id="var_redeclares_parameter"),
]


@pytest.mark.parametrize("src,expected", CASES)
def test_output(run_js, src, expected):
    assert run_js(src) == expected + "\n"


ERRORS = [
    pytest.param("let a = 1; let a = 2;", "SyntaxError: Identifier 'a' has already been declared",
                 id="let_redeclaration"),
    pytest.param("var b; let b;", "SyntaxError: Identifier 'b' has already been declared",
                 id="var_then_let_redeclaration"),
    pytest.param("{ let q; var q; }", "SyntaxError: Identifier 'q' has already been declared",
                 id="let_then_var_in_block"),
    pytest.param("const k;", "SyntaxError: Missing initializer in const declaration",
                 id="const_without_initializer"),
    pytest.param("console.log('before'); let u = u + 1;",
                 "ReferenceError: Cannot access 'u' before initialization", id="tdz_self_reference"),
    pytest.param("console.log(nope);", "ReferenceError: nope is not defined", id="not_defined"),
]


@pytest.mark.parametrize("src,expected", ERRORS)
def test_error(js_error, src, expected):
    assert js_error(src) == expected


def test_early_error_runs_nothing(run_outcome):
    outcome = run_outcome("console.log('ran'); let a; let a;")
    assert outcome.stdout == ""
    assert outcome.error.startswith("SyntaxError")


@pytest.mark.spec_only  # V8 resolves the target after the right-hand side
def test_strict_assignment_resolves_its_target_before_the_right_hand_side(run_js):
    """PutValue (6.2.5.6 step 3): the reference resolved before the right-hand side ran was
    unresolvable, so the store throws although the right-hand side created the global; a
    global deleted by the right-hand side throws too (SetMutableBinding, stillExists)."""
    out = run_js("""
    "use strict";
    try { undeclared = (globalThis.undeclared = 5); } catch (e) { console.log(e.message, globalThis.undeclared); }
    globalThis.gone = 1;
    try { gone = (delete globalThis.gone, 2); } catch (e) { console.log(e.message, "gone" in globalThis); }
    globalThis.there = 0;
    function set(i) { there = i; return there; }
    for (var i = 0; i < 200; i++) set(i);
    console.log(there);
    """)
    assert out == "undeclared is not defined 5\ngone is not defined false\n199\n"
