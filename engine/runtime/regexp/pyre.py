"""Translation of a pattern to Python's ``re`` where the semantics are provably the same.

Python's ``re`` agrees with ECMAScript on ordered alternation and greedy/lazy quantifiers over
atoms that always consume. It differs on: captures inside repeated groups (JS resets them per
iteration), empty iterations, backreferences to groups that did not participate, case folding,
\\w \\d \\s \\b with Unicode, "$" before a final newline, lookbehind. The translator accepts
only a subset that avoids all of these, and, because ``re`` cannot be interrupted by the time
limit, only patterns without exponential backtracking: quantified bodies are single characters
or fixed strings, or alternations of fixed strings whose first characters are pairwise disjoint.
Case-insensitivity is compiled into explicit classes. Anything else returns None.
"""
from __future__ import annotations

import re

from .charset import CharSet

LT_CLASS = "\\n\\r\\u2028\\u2029"
MAX_PY_REPEAT = 65535


class _Unsupported(Exception):
    pass


def translate(tree, compiler) -> str | None:
    """A Python ``re`` pattern (to compile with re.ASCII) equivalent to ``tree``, or None."""
    try:
        return _Translator(compiler).node(tree)
    except _Unsupported:
        return None


class _Translator:
    def __init__(self, compiler) -> None:
        self.c = compiler

    def set_text(self, node) -> str:
        cs = self.c.char_set(node)
        single = cs.single()
        if single is not None and single <= 0xFFFF:
            return re.escape(chr(single))
        return cs.py_class()

    def node(self, node) -> str:
        k = node[0]
        if k in ("char", "dot") or (k == "set" and not node[1].strings):
            return self.set_text(node)
        if k == "seq":
            return "".join(self.node(n) for n in node[1])
        if k == "alt":
            return "(?:" + "|".join(self.node(n) for n in node[1]) + ")"
        if k == "group":
            return "(" + self.node(node[2]) + ")"
        if k == "empty":
            return ""
        if k == "bol":
            return f"(?<![^{LT_CLASS}])" if self.c.multiline else "\\A"
        if k == "eol":
            return f"(?![^{LT_CLASS}])" if self.c.multiline else "\\Z"
        if k == "wordb":
            if self.c.icase and self.c.unicode:
                raise _Unsupported
            return "\\B" if node[1] else "\\b"
        if k == "look":
            _, behind, negate, body = node
            if _has_groups(body) or behind:
                raise _Unsupported
            return ("(?!" if negate else "(?=") + self.node(body) + ")"
        if k == "repeat":
            return self.repeat(node)
        if k == "mods":
            with self.c.modifiers(node[1], node[2]):
                return "(?:" + self.node(node[3]) + ")"
        raise _Unsupported

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
        """A single character, a fixed string, or an alternation of fixed strings with
        pairwise disjoint first characters."""
        if _fixed_string(body) is not None:
            return True
        if body[0] != "alt":
            return False
        firsts: list[CharSet] = []
        for alt in body[1]:
            items = _fixed_string(alt)
            if not items:
                return False
            first = self.c.char_set(items[0])
            if any(not f.intersection(first).is_empty() for f in firsts):
                return False
            firsts.append(first)
        return True


def _fixed_string(node) -> list | None:
    """The single-character atoms of a non-empty fixed sequence, or None."""
    k = node[0]
    if k in ("char", "dot") or (k == "set" and not node[1].strings):
        return [node]
    if k == "seq" and node[1] and all(_fixed_string(n) is not None and n[0] != "seq" for n in node[1]):
        return list(node[1])
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
