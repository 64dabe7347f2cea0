"""Compile a parsed pattern tree to the instruction list run by ``vm.py``.

Instructions are tuples ``(opcode, operands...)``. Case-insensitivity is resolved here: every
character and set is closed under Canonicalize, so the matcher compares plainly. Lookbehind
bodies are compiled in the backward direction (22.2.2: matchers with direction = backward).
"""
from __future__ import annotations

from contextlib import contextmanager

from . import charset as C
from ..values import from_host_str
from .charset import CharSet

(CHAR, STR, SET, SETU, SPLIT, JMP, SAVE, MATCH, BOL, BOL_M, EOL, EOL_M, WORDB, BACKREF, LOOK, CNT_INIT,
 REPEAT, ITER_START, ITER_END, STAR, CHAR_B, STR_B, SET_B, SETU_B, FAIL, STRSET) = range(26)

SMALL_SET = 4096


class BigSet:
    """Membership of 1-character strings in a large CharSet."""

    __slots__ = ("cs",)

    def __init__(self, cs: CharSet) -> None:
        self.cs = cs

    def __contains__(self, ch: str) -> bool:
        return ord(ch) in self.cs


def member_test(cs: CharSet):
    """A container answering ``ch in test`` for a 1-character string."""
    size = sum(hi - lo + 1 for lo, hi in cs.ranges)
    if size <= SMALL_SET:
        return frozenset(chr(c) for lo, hi in cs.ranges for c in range(lo, hi + 1))
    return BigSet(cs)


def nullable(node) -> bool:
    """Whether ``node`` can match the empty string."""
    k = node[0]
    if k in ("char", "set", "dot"):
        return k == "set" and () in node[1].strings
    if k == "seq":
        return all(nullable(n) for n in node[1])
    if k == "alt":
        return any(nullable(n) for n in node[1])
    if k == "group":
        return nullable(node[2])
    if k == "mods":
        return nullable(node[3])
    if k == "repeat":
        return node[2] == 0 or nullable(node[1])
    return True


class Compiler:
    def __init__(self, parsed, flags: str) -> None:
        self.ngroups = parsed.ngroups
        self.icase = "i" in flags
        self.unicode = "u" in flags or "v" in flags
        self.dotall = "s" in flags
        self.multiline = "m" in flags
        self.code: list = []
        self.nregs = 0
        self.pending_looks: list = []
        self._set_case()

    def _set_case(self) -> None:
        self.canon = C.canonicalize_fn(self.unicode) if self.icase else None
        self.word = C.WORD_UNICODE_IGNORE_CASE if self.icase and self.unicode else C.WORD

    @contextmanager
    def modifiers(self, add: str, remove: str):
        """Compile a ("mods", ...) body with the i / m / s flags it adds or removes."""
        saved = self.icase, self.multiline, self.dotall
        self.icase = (self.icase or "i" in add) and "i" not in remove
        self.multiline = (self.multiline or "m" in add) and "m" not in remove
        self.dotall = (self.dotall or "s" in add) and "s" not in remove
        self._set_case()
        try:
            yield
        finally:
            self.icase, self.multiline, self.dotall = saved
            self._set_case()

    def compile(self, tree) -> list:
        self.emit(SAVE, 0)
        self.node(tree, False)
        self.emit(SAVE, 1)
        self.emit(MATCH)
        # lookaround bodies are emitted after the main program
        while self.pending_looks:
            idx, node, behind = self.pending_looks.pop()
            start = len(self.code)
            self.node(node, behind)
            self.emit(MATCH)
            op, _, b, neg = self.code[idx]
            self.code[idx] = (LOOK, start, b, neg)
        return self.code

    def emit(self, *ins) -> int:
        self.code.append(ins)
        return len(self.code) - 1

    def char_set(self, node) -> CharSet:
        """The set a char/set/dot node matches, after case closure and inversion."""
        k = node[0]
        if k == "dot":
            return C.ALL if self.dotall else C.DOT
        if k == "char":
            cs = CharSet([(node[1], node[1])])
            return C.close_case(cs, self.unicode) if self.icase else cs
        cs = node[1]
        if self.icase:
            cs = C.close_case(cs, self.unicode)
        return cs.complement() if node[2] else cs

    def single(self, node) -> bool:
        return node[0] in ("char", "dot") or (node[0] == "set" and not node[1].strings)

    def node(self, node, back: bool) -> None:
        k = node[0]
        if k in ("char", "dot", "set"):
            if k == "set" and node[1].strings:
                if back or self.icase:
                    return self.node(self.string_alternatives(node), back)
                return self.string_set(node[1])
            self.atom(self.char_set(node), back)
        elif k == "seq":
            for n in (reversed(node[1]) if back else node[1]):
                self.node(n, back)
        elif k == "alt":
            self.alternation(node[1], back)
        elif k == "group":
            g = node[1]
            self.emit(SAVE, 2 * g + (1 if back else 0))
            self.node(node[2], back)
            self.emit(SAVE, 2 * g + (0 if back else 1))
        elif k == "repeat":
            self.repeat(node, back)
        elif k == "bol":
            self.emit(BOL_M if self.multiline else BOL)
        elif k == "eol":
            self.emit(EOL_M if self.multiline else EOL)
        elif k == "wordb":
            self.emit(WORDB, node[1], self.word)
        elif k == "backref":
            self.emit(BACKREF, tuple(node[1]), self.canon, back)
        elif k == "look":
            idx = self.emit(LOOK, None, node[1], node[2])
            # (the body is compiled later: keep the flags of this point in a "mods" wrapper)
            on = {"i": self.icase, "m": self.multiline, "s": self.dotall}
            add = "".join(f for f in "ims" if on[f])
            remove = "".join(f for f in "ims" if not on[f])
            self.pending_looks.append((idx, ("mods", add, remove, node[3]), node[1]))
        elif k == "mods":
            with self.modifiers(node[1], node[2]):
                self.node(node[3], back)
        elif k == "empty":
            pass
        else:  # pragma: no cover - the parser produces no other kinds
            raise AssertionError(k)

    def string_alternatives(self, node):
        """A v-mode class with strings: the strings, longest first, then the single characters."""
        cs = node[1]
        longs = sorted((s for s in cs.strings if len(s) > 1), key=len, reverse=True)
        alts: list = [("seq", [("char", c) for c in s]) for s in longs]
        if cs.ranges:
            alts.append(("set", CharSet(cs.ranges), False))
        if () in cs.strings:
            alts.append(("empty",))
        return ("alt", alts) if len(alts) > 1 else alts[0]

    def string_set(self, cs: CharSet) -> None:
        """A v-mode class with strings, forward and case-sensitive, as one STRSET: the same
        alternatives as ``string_alternatives``, but only the strings that start with the next
        code unit are tried (a class like \\p{RGI_Emoji} has thousands)."""
        by_first: dict[str, list[str]] = {}
        for cps in sorted((t for t in cs.strings if len(t) > 1), key=len, reverse=True):
            units = from_host_str("".join(map(chr, cps)))
            by_first.setdefault(units[0], []).append(units)
        singles = member_test(CharSet(cs.ranges)) if cs.ranges else None
        self.emit(STRSET, by_first, singles, () in cs.strings)

    def atom(self, cs: CharSet, back: bool) -> None:
        single = cs.single()
        if single is not None and not (self.unicode and (single > 0xFFFF or 0xD800 <= single <= 0xDFFF)):
            self.emit(CHAR_B if back else CHAR, chr(single))
        elif self.unicode:
            self.emit(SETU_B if back else SETU, member_test(cs))
        else:
            self.emit(SET_B if back else SET, member_test(cs.bmp_only()))

    def alternation(self, alts: list, back: bool) -> None:
        jumps = []
        for i, a in enumerate(alts):
            if i < len(alts) - 1:
                split = self.emit(SPLIT, None, None)
                self.node(a, back)
                jumps.append(self.emit(JMP, None))
                self.code[split] = (SPLIT, split + 1, len(self.code))
            else:
                self.node(a, back)
        for j in jumps:
            self.code[j] = (JMP, len(self.code))

    def repeat(self, node, back: bool) -> None:
        _, body, lo, hi, greedy, g0, g1 = node
        if hi == 0:
            return
        if lo == 1 and hi == 1:
            return self.node(body, back)
        if self.single(body):
            cs = self.char_set(body)
            test = member_test(cs if self.unicode else cs.bmp_only())
            scanner = None
            if not self.unicode and not back and greedy:
                import re
                scanner = re.compile(cs.py_class() + ("*" if hi is None else "{0,%d}" % hi)).match \
                    if hi is None or hi < 65536 else None
            self.emit(STAR, test, lo, hi, greedy, back, self.unicode, scanner)
            return
        caps = (2 * g0, 2 * g1)
        if hi is None and lo <= 1 and not nullable(body):
            # x* / x+ with a body that always advances: no counter or empty check needed
            if lo == 1:
                self.iteration_body(body, back, caps)
            loop = self.emit(SPLIT, None, None)
            self.iteration_body(body, back, caps)
            self.emit(JMP, loop)
            exit_pc = len(self.code)
            self.code[loop] = (SPLIT, loop + 1, exit_pc) if greedy else (SPLIT, exit_pc, loop + 1)
            return
        reg = self.nregs
        posreg = self.nregs + 1
        self.nregs += 2
        self.emit(CNT_INIT, reg)
        loop = self.emit(REPEAT, None)
        self.emit(ITER_START, posreg, caps[0], caps[1])
        self.node(body, back)
        self.emit(ITER_END, reg, posreg, lo, loop)
        self.code[loop] = (REPEAT, reg, lo, hi, greedy, len(self.code))

    def iteration_body(self, body, back: bool, caps: tuple) -> None:
        if caps[1] > caps[0]:
            self.emit(ITER_START, -1, caps[0], caps[1])
        self.node(body, back)


def first_chars(tree, compiler: Compiler) -> CharSet | None:
    """The set every match must start with, if the pattern begins with a plain atom."""
    node = tree
    while True:
        k = node[0]
        if k == "seq" and node[1]:
            node = node[1][0]
        elif k == "group":
            node = node[2]
        elif k == "repeat" and node[2] >= 1:
            node = node[1]
        elif k in ("char", "dot") or (k == "set" and not node[1].strings):
            return compiler.char_set(node)
        else:
            return None
