"""The backtracking matcher: runs the instructions of ``compiler.py`` over a UTF-16 string.

Backtracking uses an explicit stack, so long subjects cost no Python recursion; only
lookaround bodies recurse, bounded by the pattern's nesting. Stack entries:

    (0, pc, pos)                 a choice point
    (1, index, old)              undo a capture write
    (2, index, old)              undo a register write
    (3, pc, minpos, pos, back, unicode)            greedy single-character loop: give one back
    (4, pc, pos, count, max, test, back, unicode)  lazy single-character loop: take one more
"""
from __future__ import annotations

from .compiler import (BACKREF, BOL, BOL_M, CHAR, CHAR_B, CNT_INIT, EOL, EOL_M, FAIL, ITER_END, ITER_START, JMP,
                       LOOK, MATCH, REPEAT, SAVE, SET, SET_B, SETU, SETU_B, SPLIT, STAR, STR, STR_B, STRSET, WORDB)

LINE_TERMINATORS = "\n\r\u2028\u2029"
CHECK_EVERY = 20000

interrupt_check = None  # set by engine.runtime.regexp.set_interrupt_check


def _cp_at(s: str, pos: int, n: int):
    """(code point as a 1-char str, width) at pos, joining a surrogate pair."""
    c = s[pos]
    if "\ud800" <= c <= "\udbff" and pos + 1 < n and "\udc00" <= s[pos + 1] <= "\udfff":
        return chr(0x10000 + ((ord(c) - 0xD800) << 10) + (ord(s[pos + 1]) - 0xDC00)), 2
    return c, 1


def _cp_before(s: str, pos: int):
    """(code point, width) ending at pos."""
    c = s[pos - 1]
    if "\udc00" <= c <= "\udfff" and pos >= 2 and "\ud800" <= s[pos - 2] <= "\udbff":
        return chr(0x10000 + ((ord(s[pos - 2]) - 0xD800) << 10) + (ord(c) - 0xDC00)), 2
    return c, 1


def _is_word(s: str, i: int, n: int, word) -> bool:
    return 0 <= i < n and ord(s[i]) in word


class Matcher:
    """One match attempt context: the subject, captures, registers."""

    __slots__ = ("code", "s", "n", "caps", "regs", "budget")

    def __init__(self, code: list, s: str, ncaps: int, nregs: int) -> None:
        self.code = code
        self.s = s
        self.n = len(s)
        self.caps = [-1] * ncaps
        self.regs = [0] * nregs
        self.budget = CHECK_EVERY

    def run(self, pc: int, pos: int) -> int:
        """Run from pc at pos; the end position of a match, or -1. Captures are left in caps."""
        code, s, n, caps, regs = self.code, self.s, self.n, self.caps, self.regs
        stack: list = []
        push = stack.append
        pop = stack.pop
        steps = self.budget
        while True:
            steps -= 1
            if steps <= 0:
                steps = CHECK_EVERY
                if interrupt_check is not None:
                    interrupt_check()
            ins = code[pc]
            op = ins[0]
            ok = True
            if op == CHAR:
                if pos < n and s[pos] == ins[1]:
                    pos += 1
                    pc += 1
                    continue
                ok = False
            elif op == SET:
                if pos < n and s[pos] in ins[1]:
                    pos += 1
                    pc += 1
                    continue
                ok = False
            elif op == SPLIT:
                push((0, ins[2], pos))
                pc = ins[1]
                continue
            elif op == JMP:
                pc = ins[1]
                continue
            elif op == SAVE:
                i = ins[1]
                push((1, i, caps[i]))
                caps[i] = pos
                pc += 1
                continue
            elif op == STAR:
                ok, pc, pos = self.star(ins, pc, pos, push)
                if ok:
                    continue
            elif op == SETU:
                if pos < n:
                    ch, w = _cp_at(s, pos, n)
                    if ch in ins[1]:
                        pos += w
                        pc += 1
                        continue
                ok = False
            elif op == MATCH:
                self.budget = steps
                return pos
            elif op == CHAR_B:
                if pos > 0 and s[pos - 1] == ins[1]:
                    pos -= 1
                    pc += 1
                    continue
                ok = False
            elif op == SET_B:
                if pos > 0 and s[pos - 1] in ins[1]:
                    pos -= 1
                    pc += 1
                    continue
                ok = False
            elif op == SETU_B:
                if pos > 0:
                    ch, w = _cp_before(s, pos)
                    if ch in ins[1]:
                        pos -= w
                        pc += 1
                        continue
                ok = False
            elif op == STRSET:
                # the matching alternatives, longest string first; the others are choice points
                ends = []
                if pos < n:
                    for lit in ins[1].get(s[pos], ()):
                        if s.startswith(lit, pos):
                            ends.append(pos + len(lit))
                    if ins[2] is not None:
                        ch, w = _cp_at(s, pos, n)
                        if ch in ins[2]:
                            ends.append(pos + w)
                if ins[3]:
                    ends.append(pos)
                if ends:
                    pc += 1
                    for i in range(len(ends) - 1, 0, -1):
                        push((0, pc, ends[i]))
                    pos = ends[0]
                    continue
                ok = False
            elif op == STR:
                lit = ins[1]
                if s.startswith(lit, pos):
                    pos += len(lit)
                    pc += 1
                    continue
                ok = False
            elif op == STR_B:
                lit = ins[1]
                if s.endswith(lit, 0, pos):
                    pos -= len(lit)
                    pc += 1
                    continue
                ok = False
            elif op == CNT_INIT:
                i = ins[1]
                push((2, i, regs[i]))
                regs[i] = 0
                pc += 1
                continue
            elif op == REPEAT:
                _, reg, lo, hi, greedy, exit_pc = ins
                count = regs[reg]
                if hi is not None and count >= hi:
                    pc = exit_pc
                elif count < lo:
                    pc += 1
                elif greedy:
                    push((0, exit_pc, pos))
                    pc += 1
                else:
                    push((0, pc + 1, pos))
                    pc = exit_pc
                continue
            elif op == ITER_START:
                _, posreg, c0, c1 = ins
                if posreg >= 0:
                    push((2, posreg, regs[posreg]))
                    regs[posreg] = pos
                for i in range(c0, c1):
                    if caps[i] != -1:
                        push((1, i, caps[i]))
                        caps[i] = -1
                pc += 1
                continue
            elif op == ITER_END:
                _, reg, posreg, lo, loop_pc = ins
                count = regs[reg]
                if count >= lo and pos == regs[posreg]:
                    ok = False  # an iteration past the minimum matched empty (RepeatMatcher step 2.b)
                else:
                    push((2, reg, count))
                    regs[reg] = count + 1
                    pc = loop_pc
                    continue
            elif op == BOL:
                if pos == 0:
                    pc += 1
                    continue
                ok = False
            elif op == BOL_M:
                if pos == 0 or s[pos - 1] in LINE_TERMINATORS:
                    pc += 1
                    continue
                ok = False
            elif op == EOL:
                if pos == n:
                    pc += 1
                    continue
                ok = False
            elif op == EOL_M:
                if pos == n or s[pos] in LINE_TERMINATORS:
                    pc += 1
                    continue
                ok = False
            elif op == WORDB:
                word = ins[2]
                a = _is_word(s, pos - 1, n, word)
                b = _is_word(s, pos, n, word)
                if (a != b) != ins[1]:
                    pc += 1
                    continue
                ok = False
            elif op == BACKREF:
                r = self.backref(ins, pos)
                if r >= 0:
                    pos = r
                    pc += 1
                    continue
                ok = False
            elif op == LOOK:
                self.budget = steps
                if self.look(ins, pos, push):
                    steps = self.budget
                    pc += 1
                    continue
                steps = self.budget
                ok = False
            elif op == FAIL:
                ok = False
            else:  # pragma: no cover
                raise AssertionError(op)
            # -- backtrack --
            while True:
                if not stack:
                    self.budget = steps
                    return -1
                e = pop()
                k = e[0]
                if k == 0:
                    pc = e[1]
                    pos = e[2]
                    break
                if k == 1:
                    caps[e[1]] = e[2]
                elif k == 2:
                    regs[e[1]] = e[2]
                elif k == 3:
                    _, rpc, minpos, cur, back, uni = e
                    if back:
                        cur += 2 if uni and cur + 1 < n and _cp_at(s, cur, n)[1] == 2 else 1
                        if cur != minpos:
                            push((3, rpc, minpos, cur, back, uni))
                    else:
                        cur -= 2 if uni and cur - 2 >= minpos and _cp_before(s, cur)[1] == 2 else 1
                        if cur != minpos:
                            push((3, rpc, minpos, cur, back, uni))
                    pc = rpc
                    pos = cur
                    break
                elif k == 4:
                    _, rpc, cur, count, hi, test, back, uni = e
                    w = self.step(test, cur, back, uni)
                    if w < 0:
                        continue
                    cur = cur - w if back else cur + w
                    count += 1
                    if hi is None or count < hi:
                        push((4, rpc, cur, count, hi, test, back, uni))
                    pc = rpc
                    pos = cur
                    break

    def step(self, test, pos: int, back: bool, uni: bool) -> int:
        """Width of the character at pos (before pos when back) if it is in test, else -1."""
        s, n = self.s, self.n
        if back:
            if pos <= 0:
                return -1
            if uni:
                ch, w = _cp_before(s, pos)
            else:
                ch, w = s[pos - 1], 1
        else:
            if pos >= n:
                return -1
            if uni:
                ch, w = _cp_at(s, pos, n)
            else:
                ch, w = s[pos], 1
        return w if ch in test else -1

    def star(self, ins, pc: int, pos: int, push):
        """A quantified single-character atom."""
        _, test, lo, hi, greedy, back, uni, scanner = ins
        start = pos
        count = 0
        if greedy:
            if scanner is not None:
                end = scanner(self.s, pos).end()
                count = end - pos
                pos = end
            else:
                step = self.step
                while hi is None or count < hi:
                    w = step(test, pos, back, uni)
                    if w < 0:
                        break
                    pos = pos - w if back else pos + w
                    count += 1
            if count < lo:
                return False, pc, pos
            if count > lo:
                # the position after exactly lo characters is where giving back stops
                minpos = start
                if lo:
                    if uni:
                        minpos = self._advance(start, lo, back)
                    else:
                        minpos = start - lo if back else start + lo
                push((3, pc + 1, minpos, pos, back, uni))
            return True, pc + 1, pos
        while count < lo:
            w = self.step(test, pos, back, uni)
            if w < 0:
                return False, pc, pos
            pos = pos - w if back else pos + w
            count += 1
        if hi is None or count < hi:
            push((4, pc + 1, pos, count, hi, test, back, uni))
        return True, pc + 1, pos

    def _advance(self, pos: int, k: int, back: bool) -> int:
        s, n = self.s, self.n
        for _ in range(k):
            pos = pos - _cp_before(s, pos)[1] if back else pos + _cp_at(s, pos, n)[1]
        return pos

    def backref(self, ins, pos: int) -> int:
        """BackreferenceMatcher (22.2.2.7.2); a group that did not participate matches empty."""
        _, groups, canon, back = ins
        caps = self.caps
        a = b = -1
        for g in groups:
            if caps[2 * g] >= 0 and caps[2 * g + 1] >= 0:
                a, b = caps[2 * g], caps[2 * g + 1]
                break
        if a < 0:
            return pos
        s = self.s
        length = b - a
        if back:
            start = pos - length
            if start < 0:
                return -1
        else:
            start = pos
            if start + length > self.n:
                return -1
        if canon is None:
            if s[a:b] != s[start:start + length]:
                return -1
        else:
            for i in range(length):
                x, y = s[a + i], s[start + i]
                if x != y and canon(ord(x)) != canon(ord(y)):
                    return -1
        return start if back else start + length

    def look(self, ins, pos: int, push) -> bool:
        """A lookahead/lookbehind: an atomic sub-match; captures of a positive one are kept."""
        _, sub_pc, _behind, negate = ins
        caps = self.caps
        before = list(caps)
        end = self.run(sub_pc, pos)
        if end < 0:
            return negate
        if negate:
            caps[:] = before
            return False
        for i, old in enumerate(before):
            if caps[i] != old:
                push((1, i, old))
        return True
