"""Character sets for the regexp engine: sorted disjoint code point ranges.

A ``CharSet`` is immutable once built. Case-insensitive matching is done at compile time by
closing a set under the pattern's Canonicalize (22.2.2.7.3): ``close_case`` adds every character
whose canonical form equals that of a member, so matching stays a plain membership test.
"""
from __future__ import annotations

from bisect import bisect_right

MAX_CP = 0x10FFFF


class CharSet:
    """A set of code points as sorted, disjoint, non-adjacent inclusive ranges."""

    __slots__ = ("ranges", "_los", "_bitmap", "strings")

    def __init__(self, ranges=(), strings: frozenset = frozenset()) -> None:
        self.ranges: tuple = _normalize(ranges)
        self._los = [lo for lo, _ in self.ranges]
        bm = bytearray(256)
        for lo, hi in self.ranges:
            if lo > 255:
                break
            for c in range(lo, min(hi, 255) + 1):
                bm[c] = 1
        self._bitmap = bytes(bm)
        # v-mode class strings (\q{...}, of length != 1), as tuples of code points
        self.strings = strings

    def __contains__(self, c: int) -> bool:
        if c < 256:
            return self._bitmap[c] == 1
        i = bisect_right(self._los, c) - 1
        return i >= 0 and c <= self.ranges[i][1]

    def __eq__(self, other) -> bool:
        return isinstance(other, CharSet) and self.ranges == other.ranges and self.strings == other.strings

    def __hash__(self) -> int:
        return hash((self.ranges, self.strings))

    def __repr__(self) -> str:
        return f"CharSet({self.ranges!r}, {set(self.strings) or ''})"

    def is_empty(self) -> bool:
        return not self.ranges and not self.strings

    def single(self) -> int | None:
        """The only member if this set holds exactly one character and no strings."""
        if len(self.ranges) == 1 and self.ranges[0][0] == self.ranges[0][1] and not self.strings:
            return self.ranges[0][0]
        return None

    def union(self, other: "CharSet") -> "CharSet":
        return CharSet(self.ranges + other.ranges, self.strings | other.strings)

    def complement(self) -> "CharSet":
        out = []
        prev = 0
        for lo, hi in self.ranges:
            if lo > prev:
                out.append((prev, lo - 1))
            prev = hi + 1
        if prev <= MAX_CP:
            out.append((prev, MAX_CP))
        return CharSet(out)

    def intersection(self, other: "CharSet") -> "CharSet":
        out = []
        a, b = self.ranges, other.ranges
        i = j = 0
        while i < len(a) and j < len(b):
            lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
            if lo <= hi:
                out.append((lo, hi))
            if a[i][1] < b[j][1]:
                i += 1
            else:
                j += 1
        return CharSet(out, self.strings & other.strings)

    def difference(self, other: "CharSet") -> "CharSet":
        return CharSet(self.intersection(other.complement()).ranges, self.strings - other.strings)

    def bmp_only(self) -> "CharSet":
        return self.intersection(CharSet([(0, 0xFFFF)]))

    def has_astral(self) -> bool:
        return bool(self.ranges) and self.ranges[-1][1] > 0xFFFF

    def py_class(self, astral: bool = False) -> str:
        """This set as a Python ``re`` character class: its BMP part, or all of it with
        ``astral`` (for subjects that are code point strings)."""
        top = MAX_CP if astral else 0xFFFF
        parts = []
        for lo, hi in self.ranges:
            if lo > top:
                break
            hi = min(hi, top)
            parts.append(_py_esc(lo) if lo == hi else f"{_py_esc(lo)}-{_py_esc(hi)}")
        if not parts:
            return "(?!)"
        return "[" + "".join(parts) + "]"


def _py_esc(c: int) -> str:
    if c < 128 and (chr(c).isalnum()):
        return chr(c)
    return f"\\u{c:04x}" if c <= 0xFFFF else f"\\U{c:08x}"


def _normalize(ranges) -> tuple:
    rs = sorted(ranges)
    out: list = []
    for lo, hi in rs:
        if out and lo <= out[-1][1] + 1:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return tuple(out)


def chars(*cs: int) -> CharSet:
    return CharSet([(c, c) for c in cs])


# -- class escapes (22.2.2.9) --
DIGITS = CharSet([(0x30, 0x39)])
WORD = CharSet([(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)])
WORD_UNICODE_IGNORE_CASE = WORD.union(chars(0x17F, 0x212A))
LINE_TERMINATORS = chars(0x0A, 0x0D, 0x2028, 0x2029)
WHITE_SPACE = CharSet([(0x09, 0x0D), (0x20, 0x20), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A),
                       (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000),
                       (0xFEFF, 0xFEFF)])
ALL = CharSet([(0, MAX_CP)])
DOT = LINE_TERMINATORS.complement()


# -- case folding --
_equiv_tables: dict[bool, dict[int, tuple]] = {}


def canonicalize_table(unicode: bool) -> dict[int, int]:
    """Canonicalize (22.2.2.7.3) as a dict holding only the characters it changes."""
    return _build_tables(unicode)[0]


def _build_tables(unicode: bool):
    if unicode in _equiv_tables:
        return _equiv_tables[unicode]
    canon: dict[int, int] = {}
    limit = 0x1FFFF if unicode else 0xFFFF
    for c in range(limit + 1):
        if 0xD800 <= c <= 0xDFFF:
            continue
        ch = chr(c)
        if unicode:
            f = _simple_fold(ch)
        else:
            u = ch.upper()
            # toUpperCase must give one code unit, and never map non-ASCII onto ASCII
            f = c if len(u) != 1 or (c >= 128 and ord(u) < 128) or ord(u) > 0xFFFF else ord(u)
        if f != c:
            canon[c] = f
    groups: dict[int, list] = {}
    for c, f in canon.items():
        groups.setdefault(f, [f]).append(c)
    equiv: dict[int, tuple] = {}
    for members in groups.values():
        t = tuple(sorted(set(members)))
        for m in t:
            equiv[m] = t
    _equiv_tables[unicode] = (canon, equiv)
    return canon, equiv


# Simple foldings (status S in CaseFolding.txt, Unicode 15.1+) between characters whose full
# foldings agree but that Python's case mappings do not relate.
_SCF_EXTRA = {0x1FD3: 0x0390, 0x1FE3: 0x03B0, 0xFB05: 0xFB06}


def _simple_fold(ch: str) -> int:
    """Simple case folding (scf) approximated from Python's full case mappings."""
    extra = _SCF_EXTRA.get(ord(ch))
    if extra is not None:
        return extra
    f = ch.casefold()
    if len(f) == 1:
        return ord(f)
    low = ch.lower()
    if len(low) == 1:
        return ord(low)
    return ord(ch)


def close_case(cs: CharSet, unicode: bool) -> CharSet:
    """The set of characters whose canonical form is that of some member of ``cs``."""
    _, equiv = _build_tables(unicode)
    extra = []
    for c, members in equiv.items():
        if c not in cs and any(m in cs for m in members):
            extra.append((c, c))
    strings = cs.strings
    if extra:
        return CharSet(cs.ranges + tuple(extra), strings)
    return cs


def canonicalize_fn(unicode: bool):
    """A function code point -> canonical code point."""
    canon = canonicalize_table(unicode)
    get = canon.get
    return lambda c: get(c, c)
