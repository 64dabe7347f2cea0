"""The pyjs shell, run as a subprocess: files, -e/-p, host globals, errors, limits, exit codes."""
from __future__ import annotations

import re
import textwrap
import time

import pytest


@pytest.fixture
def script(tmp_path):
    """``script(name, source) -> name``: write a JS file into the working directory tmp_path."""
    def write(name: str, source: str) -> str:
        (tmp_path / name).write_text(textwrap.dedent(source).lstrip("\n"), encoding="utf-8")
        return name
    return write


@pytest.fixture
def shell(pyjs_cli, tmp_path):
    """``shell(*args)`` runs pyjs in tmp_path and checks no Python traceback leaked out."""
    def run(*args: str, **kw):
        proc = pyjs_cli(*args, cwd=tmp_path, **kw)
        assert "Traceback (most recent call last)" not in proc.stderr, proc.stderr
        assert "internal error" not in proc.stderr, proc.stderr
        return proc
    return run


def test_run_file_with_args(shell, script):
    name = script("args.js", """
        console.log('args:', scriptArgs.join('|'), scriptArgs.length);
    """)
    proc = shell(name, "one", "two words", "--flag")
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "args: one|two words|--flag 3\n", "")


def test_eval_option(shell):
    proc = shell("-e", "const x = 6; console.log(x * 7); print('printed', 1, true)")
    assert (proc.returncode, proc.stdout) == (0, "42\nprinted 1 true\n")


@pytest.mark.parametrize("code,printed", [
    ("1 + 2", "3"),
    ("'a string'", "a string"),
    ("[1, 'b', [2]]", "[ 1, 'b', [ 2 ] ]"),
    ("({k: 'v', n: null})", "{ k: 'v', n: null }"),
    ("undefined", "undefined"),
    ("var a = 5; a * a", "25"),
])
def test_print_option(shell, code, printed):
    proc = shell("-p", code)
    assert (proc.returncode, proc.stdout) == (0, printed + "\n")


def test_console_streams(shell):
    proc = shell("-e", "console.log('out 1'); console.error('err 1'); console.warn('err 2');"
                       "console.info('out 2'); console.log('n=%d s=%s', 5, 'x')")
    assert proc.returncode == 0
    assert proc.stdout == "out 1\nout 2\nn=5 s=x\n"
    assert proc.stderr == "err 1\nerr 2\n"


def test_load_and_read(shell, script):
    script("lib.js", """
        var libValue = 'from lib';
        function libDouble(x) { return x * 2; }
    """)
    script("data.txt", "line one\nline two\n")
    main = script("main.js", """
        load('lib.js');
        console.log(libValue, libDouble(21));
        const text = read('data.txt');
        console.log(JSON.stringify(text), text.split('\\n').length);
        try { read('missing.txt'); } catch (e) { console.log('read failed:', e instanceof Error); }
    """)
    proc = shell(main)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == 'from lib 42\n"line one\\nline two\\n" 3\nread failed: true\n'


@pytest.mark.parametrize("code,status", [("quit()", 0), ("quit(3)", 3), ("quit(0)", 0)])
def test_quit(shell, code, status):
    proc = shell("-e", f"console.log('before'); {code}; console.log('after')")
    assert (proc.returncode, proc.stdout) == (status, "before\n")


def test_quit_inside_timer_stops_everything(shell):
    proc = shell("-e", "setTimeout(() => { console.log('t1'); quit(4); }, 0);"
                       "setTimeout(() => console.log('t2'), 5);")
    assert (proc.returncode, proc.stdout) == (4, "t1\n")


def test_performance_now(shell):
    proc = shell("-e", """
        const a = performance.now();
        let s = 0; for (let i = 0; i < 2000; i++) s += i;
        const b = performance.now();
        console.log(typeof a, a >= 0, b >= a, Number.isFinite(b));
    """)
    assert (proc.returncode, proc.stdout) == (0, "number true true true\n")


def test_jobs_then_timers_after_script(shell, script):
    name = script("order.js", """
        setTimeout(() => console.log('timer 10'), 10);
        const id = setTimeout(() => console.log('cancelled'), 1);
        setTimeout(() => { console.log('timer 0'); Promise.resolve().then(() => console.log('job in timer')); }, 0);
        clearTimeout(id);
        Promise.resolve().then(() => console.log('job'));
        (async () => { await null; console.log('async'); })();
        console.log('script');
    """)
    proc = shell(name)
    assert (proc.returncode, proc.stdout) == (0, "script\njob\nasync\ntimer 0\njob in timer\ntimer 10\n")


def test_uncaught_exception_with_stack(shell, script):
    name = script("boom.js", """
        function helper(o) {
          return o.missing.deeper;
        }
        function run() { return helper({}); }
        console.log('started');
        run();
        console.log('never');
    """)
    proc = shell(name)
    assert proc.returncode == 1
    assert proc.stdout == "started\n"
    lines = proc.stderr.splitlines()
    assert "Uncaught TypeError: Cannot read properties of undefined (reading 'deeper')" in lines
    frames = [line.strip() for line in lines if line.strip().startswith("at ")]
    assert re.fullmatch(r"at helper \(.*boom\.js:2:20\)", frames[0]), frames
    assert re.fullmatch(r"at run \(.*boom\.js:4:25\)", frames[1]), frames
    assert re.fullmatch(r"at .*boom\.js:6:1\)?", frames[2]), frames


def test_uncaught_thrown_primitive(shell):
    proc = shell("-e", "throw 'plain string'")
    assert proc.returncode == 1
    assert re.search(r"Uncaught '?plain string'?$", proc.stderr, re.MULTILINE), proc.stderr


def test_uncaught_error_in_timer(shell):
    proc = shell("-e", "setTimeout(() => { throw new RangeError('in timer'); }, 0); console.log('ok')")
    assert proc.returncode == 1
    assert proc.stdout == "ok\n"
    assert "Uncaught RangeError: in timer" in proc.stderr


def test_syntax_error_location_and_caret(shell, script):
    name = script("bad.js", """
        console.log('never runs');
        let value = ;
    """)
    proc = shell(name)
    assert proc.returncode == 1
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert "bad.js:2:13" in lines[0]
    source_index = lines.index("let value = ;")
    assert lines[source_index + 1] == " " * 12 + "^"
    assert any(line.startswith("Uncaught SyntaxError") or line.startswith("SyntaxError")
               for line in lines), lines


def test_early_error_location(shell, script):
    name = script("early.js", """
        let a = 1;
          let a = 2;
    """)
    proc = shell(name)
    assert proc.returncode == 1
    assert "early.js:2:7" in proc.stderr
    assert "Identifier 'a' has already been declared" in proc.stderr


def test_time_limit_stops_runaway_script(shell):
    start = time.monotonic()
    proc = shell("--time-limit", "1", "-e", "console.log('spinning'); while (true) {}")
    elapsed = time.monotonic() - start
    assert proc.returncode != 0
    assert proc.stdout == "spinning\n"
    assert re.search(r"time limit|timed out", proc.stderr, re.IGNORECASE), proc.stderr
    assert elapsed < 30


def test_time_limit_not_hit_by_quick_script(shell):
    proc = shell("--time-limit", "20", "-e", "console.log('quick')")
    assert (proc.returncode, proc.stdout) == (0, "quick\n")


def test_deep_recursion_is_range_error(shell):
    proc = shell("-e", "function f(n) { return f(n + 1) + 1; } f(0);")
    assert proc.returncode == 1
    assert "Uncaught RangeError: Maximum call stack size exceeded" in proc.stderr


def test_deep_recursion_catchable(shell):
    proc = shell("-e", "function f() { return f(); }"
                       "try { f(); } catch (e) { console.log(e.constructor.name, e.message); }"
                       "console.log('recovered');")
    assert (proc.returncode, proc.stdout) == (0, "RangeError Maximum call stack size exceeded\nrecovered\n")


def test_missing_file(shell):
    proc = shell("does-not-exist.js")
    assert proc.returncode != 0
    assert "does-not-exist.js" in proc.stderr


def test_dump_bytecode_of_inline_code_and_missing_file(shell):
    proc = shell("--dump=bytecode", "-e", "var x = 41 + 1")
    assert proc.returncode == 0 and "== <script>" in proc.stdout and "SET_GLOBAL" in proc.stdout
    proc = shell("--dump=bytecode", "does-not-exist.js")
    assert proc.returncode == 2 and "cannot open does-not-exist.js" in proc.stderr


def test_print_follows_d8(shell):
    """print: ToString of each argument joined by spaces; console.log keeps node's format."""
    proc = shell("-e", "print([1, 2], -0, 10n, {}, null, undefined, 'x'); console.log([1, 2], -0)")
    assert (proc.returncode, proc.stdout) == (0, "1,2 0 10 [object Object] null undefined x\n[ 1, 2 ] -0\n")


@pytest.mark.parametrize("name, package, flags, is_module", [
    ("m.mjs", None, (), True),
    ("m.js", None, ("--module",), True),
    ("m.js", '{"type": "module"}', (), True),
    ("m.js", '{"type": "commonjs"}', (), False),
    ("m.js", None, (), False),
])
def test_module_detection(shell, script, tmp_path, name, package, flags, is_module):
    if package is not None:
        (tmp_path / "package.json").write_text(package, encoding="utf-8")
    script(name, "console.log(typeof this === 'undefined' ? 'module' : 'script');")
    proc = shell(*flags, name)
    assert (proc.returncode, proc.stdout) == (0, ("module" if is_module else "script") + "\n")


def test_module_link_error_has_position(shell, script):
    script("dep.mjs", "export const yes = 1;")
    name = script("main.mjs", """
        // the first line
        import { yes, no } from './dep.mjs';
    """)
    proc = shell(name)
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert lines[0].endswith("main.mjs:2:15")
    assert lines[1:3] == ["import { yes, no } from './dep.mjs';", "              ^"]
    assert lines[-1] == "Uncaught SyntaxError: The requested module './dep.mjs' does not provide an export named 'no'"


def test_module_not_found(shell, script):
    name = script("main.mjs", "import './missing.mjs';")
    proc = shell(name)
    assert proc.returncode == 1
    assert "Uncaught Error: Cannot find module" in proc.stderr and "missing.mjs" in proc.stderr


def test_repl_top_level_await(shell):
    proc = shell(stdin="const x = await Promise.resolve(41);\nx + 1\n"
                       "await new Promise(r => setTimeout(() => r('late'), 5))\n")
    assert proc.returncode == 0
    assert "42" in proc.stdout and "'late'" in proc.stdout
