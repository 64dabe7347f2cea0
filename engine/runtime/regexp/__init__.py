"""The regular expression engine (ECMA-262 22.2.1 - 22.2.2), independent of JS objects.

    rx = compile_pattern("(?<y>\\\\d{4})", "g")   # raises RegExpSyntaxError
    caps = rx.match("in 2024", 0, sticky=False) # [start0, end0, start1, end1, ...] or None

``match`` finds the first match at or after ``start`` (only at ``start`` when sticky); -1 marks
a capture that did not participate. Patterns run on Python's ``re`` when ``pyre.translate``
proves that safe, otherwise on the backtracking matcher in ``vm.py``, which calls the
function installed with ``set_interrupt_check`` periodically (the interpreter raises
ScriptTerminated from it when --time-limit passes).
"""
from __future__ import annotations

import re
import sys
from itertools import chain
from typing import Callable

from . import vm
from .compiler import Compiler, first_chars
from .parser import RegExpSyntaxError, parse
from .pyre import code_point_view, translate

__all__ = ["CompiledRegExp", "RegExpSyntaxError", "compile_pattern", "set_interrupt_check", "VALID_FLAGS"]

VALID_FLAGS = "dgimsuvy"
_SURROGATE = re.compile("[\ud800-\udfff]")


def set_interrupt_check(fn: Callable[[], None] | None) -> None:
    """Install the function the matcher calls every few thousand steps (may raise)."""
    vm.interrupt_check = fn


class CompiledRegExp:
    """A compiled pattern: group count and names, and ``match``."""

    def __init__(self, source: str, flags: str) -> None:
        self.source = source
        self.flags = flags
        unicode = "u" in flags or "v" in flags
        self.unicode = unicode
        parsed = parse(source, "u" in flags, "v" in flags, "i" in flags)
        self.ngroups = parsed.ngroups
        self.group_names = parsed.group_names      # index -> name or None
        self.names = parsed.names                  # name -> [index, ...]
        comp = Compiler(parsed, flags)
        self.code = comp.compile(parsed.tree)
        self.nregs = comp.nregs
        first = first_chars(parsed.tree, comp)
        self.first = re.compile(first.py_class()).search if first is not None and not unicode else None
        py = translate(parsed.tree, comp)
        self.py = re.compile(py, re.ASCII) if py is not None else None
        # u/v: the translation over code point strings, for subjects with surrogates
        py = translate(parsed.tree, comp, astral=True) if unicode and py is not None else None
        self.py_points = re.compile(py, re.ASCII) if py is not None else None
        self._last_checked: tuple = (None, False)

    def match(self, s: str, start: int, sticky: bool) -> list | None:
        """Captures of the first match at or after start, as a flat list of positions."""
        if self.py is not None:
            if self._py_ok(s):
                m = (self.py.match if sticky else self.py.search)(s, start)
                if m is None:
                    return None
                return [*chain.from_iterable(m.regs)] if self.ngroups else [*m.span()]
            if self.py_points is not None:
                view = code_point_view(s)
                cp_start = view.to_points(start)
                if cp_start is not None:
                    m = (self.py_points.match if sticky else self.py_points.search)(view.points, cp_start)
                    if m is None:
                        return None
                    to_units = view.to_units
                    return [-1 if i < 0 else to_units(i) for i in chain.from_iterable(m.regs)]
        ncaps = 2 * (self.ngroups + 1)
        n = len(s)
        pos = start
        first = self.first
        while pos <= n:
            if first is not None and not sticky:
                m = first(s, pos)
                if m is None:
                    return None
                pos = m.start()
            matcher = vm.Matcher(self.code, s, ncaps, self.nregs)
            if matcher.run(0, pos) >= 0:
                return matcher.caps
            if sticky:
                return None
            if self.unicode and pos + 1 < n and "\ud800" <= s[pos] <= "\udbff" and "\udc00" <= s[pos + 1] <= "\udfff":
                pos += 2
            else:
                pos += 1
        return None

    def _py_ok(self, s: str) -> bool:
        """The translation holds for u/v patterns only on subjects without surrogates."""
        if not self.unicode:
            return True
        last, ok = self._last_checked
        if last is not s:
            ok = _SURROGATE.search(s) is None
            self._last_checked = (s, ok)
        return ok


_cache: dict[tuple[str, str], CompiledRegExp] = {}
MAX_CACHE = 2000
MIN_RECURSION_LIMIT = 20000


def compile_pattern(source: str, flags: str) -> CompiledRegExp:
    """Parse and compile (cached); raises RegExpSyntaxError with V8's message text."""
    key = (source, flags)
    rx = _cache.get(key)
    if rx is None:
        # parser, compiler and translator recurse once per nesting level: allow deep patterns
        # (Python-to-Python calls do not grow the C stack in 3.11)
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, MIN_RECURSION_LIMIT))
        try:
            rx = CompiledRegExp(source, flags)
        finally:
            sys.setrecursionlimit(limit)
        if len(_cache) >= MAX_CACHE:
            _cache.clear()
        _cache[key] = rx
    return rx
