"""The console object (WHATWG Console, as node implements it).

Output goes through two line writers stored on the realm (``set_output``); each call of a writer
receives the whole text of one console call (it may contain newlines), without the final
newline. Arguments are formatted like node's util.format: strings raw, other values through
inspect_value.inspect, and printf-style directives in a first string argument.
"""
from __future__ import annotations

import sys
import time
from typing import Any, Callable

from ..conversions import to_boolean, to_number, to_string
from ..function import define_method
from ..inspect_value import format_number, inspect
from ..objects import JSObject
from ..shapes import CONFIGURABLE, WRITABLE
from ..values import JSSymbol, to_host_str

ORDER = 20

Writer = Callable[[str], None]


def _default_stdout(line: str) -> None:
    sys.stdout.write(line + "\n")


def _default_stderr(line: str) -> None:
    sys.stderr.write(line + "\n")


def set_output(realm, stdout_fn: Writer | None, stderr_fn: Writer | None) -> None:
    """Direct the realm's console output to ``stdout_fn`` / ``stderr_fn`` (line writers)."""
    realm.console_stdout = stdout_fn or _default_stdout
    realm.console_stderr = stderr_fn or _default_stderr


def _format_directive(c: str, v: Any) -> str:
    """The text a %-directive of util.format makes of one argument."""
    if c == "s":
        if type(v) is float:
            return format_number(v)
        if type(v) is int:
            return f"{v}n"
        if type(v) is JSSymbol:
            return f"Symbol({v.description or ''})"
        if isinstance(v, JSObject) and not v.callable:
            return inspect(v, depth=0)
        return to_string(v)
    if c == "d":
        if type(v) is int:
            return f"{v}n"
        if type(v) is JSSymbol:
            return "NaN"
        return format_number(to_number(v))
    if c in "if":
        if type(v) is int and c == "i":
            return f"{v}n"
        if type(v) is JSSymbol:
            return "NaN"
        from .number import parse_float, parse_int
        s = to_string(v)
        return format_number(parse_int(s, None) if c == "i" else parse_float(s))
    if c == "j":
        from .json import json_stringify
        from ..errors import JSThrow
        try:
            r = json_stringify(None, [v])
        except JSThrow as e:
            msg = e.value.get("message") if isinstance(e.value, JSObject) else None
            if type(msg) is str and msg.startswith("Converting circular structure"):
                return "[Circular]"
            raise
        return "undefined" if r is None else r
    if c == "o":
        return inspect(v, depth=4)
    return inspect(v)  # %O


def format_args(args: list) -> str:
    """util.format(...args) as node's console uses it."""
    if not args:
        return ""
    first = args[0]
    parts: list[str] = []
    a = 0
    if type(first) is str:
        if len(args) == 1:
            return first
        out = []
        last = 0
        i = 0
        n = len(first)
        while i < n - 1:
            if first[i] == "%":
                c = first[i + 1]
                if a + 1 != len(args) and c in "sjdOoifc":
                    a += 1
                    out.append(first[last:i])
                    out.append("" if c == "c" else _format_directive(c, args[a]))
                    last = i + 2
                    i += 2
                    continue
                if c == "%":
                    out.append(first[last:i + 1])
                    last = i + 2
                    i += 2
                    continue
            i += 1
        if last != 0:
            a += 1
            out.append(first[last:])
            parts.append("".join(out))
    for v in args[a:]:
        parts.append(v if type(v) is str else inspect(v))
    return " ".join(parts)


class _ConsoleState:
    """Per-realm group indentation, counters and timers."""

    def __init__(self) -> None:
        self.indent = ""
        self.counts: dict[str, int] = {}
        self.timers: dict[str, float] = {}


def setup(realm) -> None:
    set_output(realm, None, None)
    state = _ConsoleState()
    console = JSObject(realm.intrinsics["%Object.prototype%"])

    def write(to_stderr: bool, text: str) -> None:
        if state.indent:
            text = state.indent + text.replace("\n", "\n" + state.indent)
        writer = realm.console_stderr if to_stderr else realm.console_stdout
        writer(to_host_str(text))

    def printer(to_stderr: bool):
        def method(this, args):
            write(to_stderr, format_args(args))
            return None
        return method

    for name in ("log", "info", "debug"):
        define_method(console, realm, name, 0, printer(False))
    for name in ("error", "warn"):
        define_method(console, realm, name, 0, printer(True))

    def trace(this, args):
        from ..errors import stack_hook
        text = "Trace" + (": " + format_args(args) if args else "")
        write(True, "\n".join([text] + stack_hook()))

    def assert_(this, args):
        if args and to_boolean(args[0]):
            return None
        rest = args[1:]
        if rest and type(rest[0]) is str:
            rest = [f"Assertion failed: {rest[0]}"] + rest[1:]
        else:
            rest = ["Assertion failed"] + rest
        write(True, format_args(rest))
        return None

    def dir_(this, args):
        write(False, inspect(args[0] if args else None))

    def group(this, args):
        if args:
            write(False, format_args(args))
        state.indent += "  "

    def group_end(this, args):
        state.indent = state.indent[:-2]

    def label(args) -> str:
        return "default" if not args or args[0] is None else to_string(args[0])

    def count(this, args):
        key = label(args)
        state.counts[key] = state.counts.get(key, 0) + 1
        write(False, f"{key}: {state.counts[key]}")

    def count_reset(this, args):
        state.counts[label(args)] = 0

    def time_(this, args):
        state.timers[label(args)] = time.perf_counter()

    def time_log(end: bool):
        def method(this, args):
            key = label(args)
            start = state.timers.get(key)
            if start is None:
                write(True, f"Warning: No such label '{key}' for console.time{'End' if end else 'Log'}()")
                return None
            if end:
                del state.timers[key]
            ms = (time.perf_counter() - start) * 1000
            extra = format_args(args[1:]) if len(args) > 1 and not end else ""
            write(False, f"{key}: {ms:.3f}ms" + (" " + extra if extra else ""))
            return None
        return method

    for name, length, fn in (("trace", 0, trace), ("assert", 0, assert_), ("dir", 0, dir_),
                             ("group", 0, group), ("groupCollapsed", 0, group), ("groupEnd", 0, group_end),
                             ("count", 0, count), ("countReset", 0, count_reset), ("time", 0, time_),
                             ("timeEnd", 0, time_log(True)), ("timeLog", 0, time_log(False)),
                             ("table", 1, printer(False))):
        define_method(console, realm, name, length, fn)
    realm.intrinsics["%console%"] = console
    realm.global_object.define_data("console", console, WRITABLE | CONFIGURABLE)
