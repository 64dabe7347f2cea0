"""ES modules (16.2): import/export forms, live bindings, cycles in the spec's evaluation order,
top-level await, namespace objects, import(), import.meta, JSON modules and module errors."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.conftest import describe_error

EXAMPLE = Path(__file__).resolve().parent.parent.parent / "examples" / "modules"


@pytest.fixture
def run_modules(tier, tmp_path):
    """``run_modules({name: source, ...}, main="main.mjs") -> (stdout, error)``: write the
    files into a directory and run ``main`` as a module in a fresh Context."""
    if tier == "node":
        pytest.skip("runs pyjs's module loader")

    def run(files: dict[str, str], main: str = "main.mjs") -> tuple[str, str | None]:
        from pyjs.engine.api import Context
        from pyjs.engine.runtime.errors import JSThrow
        for name, source in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(source).lstrip("\n"), encoding="utf-8")
        lines: list[str] = []
        ctx = Context(tier=tier, stdout=lines.append, stderr=lambda line: None)
        error = None
        try:
            evaluated = ctx.run_module(str(tmp_path / main))
            ctx.run_jobs()
            ctx.module_outcome(evaluated)
        except JSThrow as exc:
            error = describe_error(exc.value)
        return "".join(line + "\n" for line in lines), error
    return run


def test_import_and_export_forms(run_modules):
    out, err = run_modules({
        "main.mjs": """
            import def, { a, b as bee, "string name" as s } from './lib.mjs';
            import * as ns from './lib.mjs';
            import { re, all, again } from './re.mjs';
            console.log(def(), a, bee, s);
            console.log(Object.keys(ns).join(), re, all.a, again === ns);
            export { a as "exported string" };
        """,
        "lib.mjs": """
            export let a = 1;
            const b = 2;
            export { b, b as "string name" };
            export default function () { return 'default fn'; }
        """,
        "re.mjs": """
            export { a as re } from './lib.mjs';
            export * as all from './lib.mjs';
            import * as again from './lib.mjs';
            export { again };
        """,
    })
    assert err is None
    assert out == "default fn 1 2 2\na,b,default,string name 1 1 true\n"


def test_live_bindings_and_immutable_imports(run_modules):
    out, err = run_modules({
        "main.mjs": """
            import { count, increment } from './counter.mjs';
            import * as ns from './counter.mjs';
            console.log(count, ns.count);
            increment();
            console.log(count, ns.count);
            try { count = 5; } catch (e) { console.log(e.constructor.name); }
            console.log(Reflect.set(ns, 'count', 1), Reflect.deleteProperty(ns, 'count'), Object.isFrozen(ns),
                        Object.getPrototypeOf(ns), Object.prototype.toString.call(ns));
        """,
        "counter.mjs": """
            export let count = 0;
            export function increment() { count++; }
        """,
    })
    assert err is None
    assert out == "0 0\n1 1\nTypeError\nfalse false false null [object Module]\n"


def test_cycle_order_and_hoisted_functions(run_modules):
    out, err = run_modules({
        "main.mjs": """
            import { a } from './a.mjs';
            console.log('main', a());
        """,
        "a.mjs": """
            import { b } from './b.mjs';
            console.log('a runs');
            export function a() { return 'a' + b(); }
        """,
        "b.mjs": """
            import { a } from './a.mjs';
            console.log('b runs; a is a', typeof a);
            export function b() { return 'b'; }
        """,
    })
    assert err is None
    assert out == "b runs; a is a function\na runs\nmain ab\n"


def test_tdz_through_a_cycle(run_modules):
    out, err = run_modules({
        "main.mjs": "import { y } from './b.mjs'; export let x = 1;",
        "b.mjs": "import { x } from './main.mjs'; console.log(x); export let y = 2;",
    })
    assert err == "ReferenceError: Cannot access 'x' before initialization"


def test_top_level_await_orders_dependents(run_modules):
    out, err = run_modules({
        "main.mjs": """
            import { v } from './slow.mjs';
            import './fast.mjs';
            console.log('main', v);
        """,
        "slow.mjs": """
            console.log('slow starts');
            export const v = await new Promise(r => setTimeout(() => r('done'), 5));
            console.log('slow ends');
        """,
        "fast.mjs": "console.log('fast');",
    })
    assert err is None
    assert out == "slow starts\nfast\nslow ends\nmain done\n"


def test_rejected_top_level_await_is_the_error(run_modules):
    out, err = run_modules({"main.mjs": "await Promise.reject(new RangeError('tla'));"})
    assert err == "RangeError: tla"


def test_dynamic_import_from_module_and_json(run_modules):
    out, err = run_modules({
        "main.mjs": """
            import data from './data.json' with { type: 'json' };
            const m = await import('./dyn.mjs');
            const again = await import('./dyn.mjs');
            console.log(data.list.length, m.default, m === again, import.meta.url.startsWith('file:///'));
            const failed = await import('./nope.mjs').catch(e => e.constructor.name);
            console.log(failed);
        """,
        "data.json": '{"list": [1, 2, 3]}',
        "dyn.mjs": "export default 'dynamic';",
    })
    assert err is None
    assert out == "3 dynamic true true\nError\n"


def test_missing_and_ambiguous_exports_are_syntax_errors(run_modules):
    _, err = run_modules({"main.mjs": "import { nope } from './m.mjs';", "m.mjs": "export const yes = 1;"})
    assert err == "SyntaxError: The requested module './m.mjs' does not provide an export named 'nope'"
    _, err = run_modules({
        "main.mjs": "import { x } from './star.mjs';",
        "star.mjs": "export * from './p.mjs'; export * from './q.mjs';",
        "p.mjs": "export const x = 1;",
        "q.mjs": "export const x = 2;",
    })
    assert err == "SyntaxError: The requested module './star.mjs' contains conflicting star exports for name 'x'"


def test_early_errors(run_modules):
    _, err = run_modules({"main.mjs": "export const a = 1; export { a };"})
    assert err == "SyntaxError: Duplicate export of 'a'"
    _, err = run_modules({"main.mjs": "export { undeclared };"})
    assert err == "SyntaxError: Export 'undeclared' is not defined in module"


def test_dynamic_import_from_a_script(tier, tmp_path):
    if tier == "node":
        pytest.skip("runs pyjs's module loader")
    from pyjs.engine.api import Context
    (tmp_path / "m.mjs").write_text("export const answer = 42;", encoding="utf-8")
    lines: list[str] = []
    ctx = Context(tier=tier, stdout=lines.append)
    ctx.eval("import('./m.mjs').then(ns => console.log(ns.answer, typeof ns))", str(tmp_path / "script.js"))
    ctx.run_jobs()
    assert lines == ["42 object"]


def test_example_program_prints_what_node_prints(run_modules, tier):
    """examples/modules: a dozen modules with a cycle, re-exports, JSON and top-level await
    (the expected text is node 20's output)."""
    from pyjs.engine.api import Context
    lines: list[str] = []
    ctx = Context(tier=tier, stdout=lines.append)
    evaluated = ctx.run_module(str(EXAMPLE / "main.mjs"))
    ctx.run_jobs()
    ctx.module_outcome(evaluated)
    assert "\n".join(lines) + "\n" == (EXAMPLE / "expected.txt").read_text(encoding="utf-8")
