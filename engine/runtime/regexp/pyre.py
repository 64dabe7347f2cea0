"""Translation of a pattern to Python's ``re`` where the semantics are provably the same.

Python's ``re`` agrees with ECMAScript on ordered alternation and greedy/lazy quantifiers over
atoms that always consume. It differs on: captures inside repeated groups (JS resets them per
iteration), empty iterations, backreferences to groups that did not participate, case folding,
\\w \\d \\s \\b with Unicode, "$" before a final newline, variable-width lookbehind. The
translator accepts only a subset that avoids all of these:

- a backreference only to a group that has certainly matched when it is reached (a group
  closed earlier on every path: not inside an alternative, repeat or lookaround that the
  reference is not also in), outside ignore-case, and never into an open group;
- a lookbehind only without groups and with a fixed-width body (a backward match of a body
  whose atoms each consume one code unit is the forward match ending at the same place);
- a repeat only without groups inside and with a non-empty body that is *deterministic within
  the loop* (below).

Because ``re`` cannot be interrupted by the time limit, repeats must not backtrack
exponentially. A repeated body qualifies when it is a fixed string, an alternation of fixed
strings with pairwise disjoint first characters, or a sequence of single-character atoms and
quantified single-character atoms in which, at every point where a quantifier may stop, the
characters it could take next are disjoint from the characters that could follow it (in the
rest of the body, then the next iteration). From a given start, the path through the loop is
then fixed by the subject, so a loop offers at most one way to reach each exit point, as a
quantified single character does. Case-insensitivity is compiled into explicit classes.
Anything else returns None.
"""
from __future__ import annotations

import re

from ..values import to_code_point_str
from .charset import CharSet

LT_CLASS = "\\n\\r\\u2028\\u2029"
MAX_PY_REPEAT = 65535
MAX_PY_BACKREF = 99  # \\100 and up would read as an octal escape


class _Unsupported(Exception):
    pass


def translate(tree, compiler, astral: bool = False) -> str | None:
    """A Python ``re`` pattern (to compile with re.ASCII) equivalent to ``tree``, or None.

    With ``astral`` (u/v patterns) the pattern is for the subject as a code point string
    (``CodePointView``), where every code point, supplementary or a lone surrogate, is one
    character as the u/v semantics see it; otherwise for UTF-16 subjects (for u/v patterns,
    only subjects without surrogates)."""
    try:
        return _Translator(compiler, astral).node(tree)
    except _Unsupported:
        return None


class CodePointView:
    """A UTF-16 subject as a string of code points, with index conversions both ways.

    Conversions encode or decode the text between the last converted index and the new one,
    so a scan that moves forward (a global match loop) costs linear time overall."""

    __slots__ = ("units", "points", "_cu", "_cp")

    def __init__(self, units: str) -> None:
        self.units = units
        self.points = to_code_point_str(units)
        self._cu = self._cp = 0  # the last pair of corresponding indices

    def to_points(self, cu: int) -> int | None:
        """The code point index at code unit ``cu``; None inside a surrogate pair."""
        u = self.units
        if 0 < cu < len(u) and "\ud800" <= u[cu - 1] <= "\udbff" and "\udc00" <= u[cu] <= "\udfff":
            return None
        if cu < self._cu:
            self._cu = self._cp = 0
        self._cu, self._cp = cu, self._cp + len(to_code_point_str(u[self._cu:cu]))
        return self._cp

    def to_units(self, cp: int) -> int:
        """The code unit index of code point index ``cp``."""
        if cp < self._cp:
            self._cu = self._cp = 0
        utf16 = self.points[self._cp:cp].encode("utf-16-le", "surrogatepass")
        self._cu, self._cp = self._cu + len(utf16) // 2, cp
        return self._cu


_last_view: list = [None]


def code_point_view(units: str) -> CodePointView:
    """The CodePointView of ``units``, shared by all patterns (a subject is often matched by
    several in a row)."""
    view = _last_view[0]
    if view is None or view.units is not units:
        view = _last_view[0] = CodePointView(units)
    return view


class _Translator:
    def __init__(self, compiler, astral: bool) -> None:
        self.c = compiler
        self.astral = astral
        # groups that have certainly matched at the current point of the left-to-right walk
        self.closed: set[int] = set()

    def set_text(self, node) -> str:
        cs = self.c.char_set(node)
        single = cs.single()
        if single is not None and (single <= 0xFFFF or self.astral):
            return re.escape(chr(single))
        return cs.py_class(self.astral)

    def node(self, node) -> str:
        k = node[0]
        if k in ("char", "dot") or (k == "set" and not node[1].strings):
            return self.set_text(node)
        if k == "seq":
            return "".join(self.node(n) for n in node[1])
        if k == "alt":
            return "(?:" + "|".join(self.branch(n) for n in node[1]) + ")"
        if k == "group":
            text = "(" + self.node(node[2]) + ")"
            self.closed.add(node[1])
            return text
        if k == "empty":
            return ""
        if k == "bol":
            return f"(?<![^{LT_CLASS}])" if self.c.multiline else "\\A"
        if k == "eol":
            return f"(?![^{LT_CLASS}])" if self.c.multiline else "\\Z"
        if k == "wordb":
            if self.c.icase and self.c.unicode:
                raise _Unsupported
            # (Python's \\B never matches an empty subject; ECMAScript's does)
            return "(?:\\B|\\A\\Z)" if node[1] else "\\b"
        if k == "look":
            return self.look(node)
        if k == "repeat":
            return self.repeat(node)
        if k == "backref":
            return self.backref(node)
        if k == "mods":
            with self.c.modifiers(node[1], node[2]):
                return "(?:" + self.node(node[3]) + ")"
        raise _Unsupported

    def branch(self, node) -> str:
        """One alternative: groups it closes are certain only within it."""
        saved = set(self.closed)
        try:
            return self.node(node)
        finally:
            self.closed = saved

    def backref(self, node) -> str:
        groups = node[1]
        if len(groups) != 1 or self.c.icase or groups[0] not in self.closed or groups[0] > MAX_PY_BACKREF:
            raise _Unsupported
        return "(?:\\%d)" % groups[0]

    def look(self, node) -> str:
        _, behind, negate, body = node
        if _has_groups(body) or (behind and _fixed_width(body) is None):
            raise _Unsupported
        if behind:
            return ("(?<!" if negate else "(?<=") + self.node(body) + ")"
        return ("(?!" if negate else "(?=") + self.node(body) + ")"

    def repeat(self, node) -> str:
        _, body, lo, hi, greedy, g0, g1 = node
        if g1 > g0 or (hi is not None and hi > MAX_PY_REPEAT) or lo > MAX_PY_REPEAT:
            raise _Unsupported
        if not self.deterministic_body(body):
            raise _Unsupported
        inner = self.node(body)
        if hi is None:
            q = "*" if lo == 0 else "+" if lo == 1 else "{%d,}" % lo
        elif lo == hi:
            q = "{%d}" % lo
        else:
            q = "?" if (lo, hi) == (0, 1) else "{%d,%d}" % (lo, hi)
        return "(?:" + inner + ")" + q + ("" if greedy else "?")

    def deterministic_body(self, body) -> bool:
        """A fixed string, an alternation of fixed strings with pairwise disjoint first
        characters, or a loop-deterministic sequence of (quantified) single characters."""
        if _fixed_string(body) is not None:
            return True
        if body[0] == "alt":
            return self.disjoint_alternation(body[1])
        items = body[1] if body[0] == "seq" else [body]
        return self.deterministic_sequence(items)

    def disjoint_alternation(self, alts: list) -> bool:
        firsts: list[CharSet] = []
        for alt in alts:
            items = _fixed_string(alt)
            if not items:
                return False
            first = self.c.char_set(items[0])
            if any(not f.intersection(first).is_empty() for f in firsts):
                return False
            firsts.append(first)
        return True

    def deterministic_sequence(self, items: list) -> bool:
        """Each item a single character or a quantified one; not nullable; every quantifier
        that may stop takes characters disjoint from those that may come next."""
        steps = []  # (char set, min, max) per item
        for item in items:
            if _fixed_string(item) == [item]:
                steps.append((self.c.char_set(item), 1, 1))
            elif item[0] == "repeat" and _fixed_string(item[1]) == [item[1]] and item[3] != 0:
                steps.append((self.c.char_set(item[1]), item[2], item[3]))
            else:
                return False
        n = len(steps)
        if all(lo == 0 for _, lo, _ in steps):
            return False
        for j, (cs, lo, hi) in enumerate(steps):
            if hi == lo:
                continue
            for k in range(j + 1, j + 1 + n):
                nxt, nlo, _ = steps[k % n]
                if not cs.intersection(nxt).is_empty():
                    return False
                if nlo > 0:
                    break
        return True


def _fixed_string(node) -> list | None:
    """The single-character atoms of a non-empty fixed sequence, or None."""
    k = node[0]
    if k in ("char", "dot") or (k == "set" and not node[1].strings):
        return [node]
    if k == "seq" and node[1] and all(_fixed_string(n) is not None and n[0] != "seq" for n in node[1]):
        return list(node[1])
    return None


def _fixed_width(node) -> int | None:
    """The number of code units every match of a group-free ``node`` spans, or None."""
    k = node[0]
    if k in ("char", "dot") or (k == "set" and not node[1].strings):
        return 1
    if k in ("empty", "bol", "eol", "wordb", "look"):
        return 0
    if k == "seq":
        widths = [_fixed_width(n) for n in node[1]]
        return None if None in widths else sum(widths)
    if k == "alt":
        widths = {_fixed_width(n) for n in node[1]}
        return widths.pop() if len(widths) == 1 and None not in widths else None
    if k == "repeat" and node[2] == node[3]:
        w = _fixed_width(node[1])
        return None if w is None else w * node[2]
    if k == "mods":
        return _fixed_width(node[3])
    return None


def _has_groups(node) -> bool:
    k = node[0]
    if k == "group":
        return True
    if k in ("seq", "alt"):
        return any(_has_groups(n) for n in node[1])
    if k == "look":
        return _has_groups(node[3])
    if k == "repeat":
        return _has_groups(node[1])
    if k == "mods":
        return _has_groups(node[3])
    return False
