"""Parser of JS regular expression patterns (22.2.1, with Annex B.1.2 syntax outside u/v mode).

The result is a tree of tuples:

    ("empty",)                        ("char", cp)
    ("set", CharSet, invert)          ("seq", [node...])        ("alt", [node...])
    ("group", index, node)            ("look", behind, negate, node)
    ("backref", [index...])           ("bol",) ("eol",) ("wordb", negate)
    ("repeat", node, min, max, greedy, first_group, end_group)   (max None = infinity)
    ("mods", add, remove, node)       (pattern modifiers (?ims-ims:...): flag letters)

Group indices are 1-based; ``end_group`` is one past the last group inside the repeated node.
"""
from __future__ import annotations

import unicodedata

from . import charset as C
from .charset import CharSet
from .properties import is_property_of_strings, property_set


class RegExpSyntaxError(Exception):
    """A pattern or flags error; the message is V8's text after the pattern."""


SYNTAX_CHARS = set("^$\\.*+?()[]{}|/")
CLASS_SET_SYNTAX = set("()[]{}/-\\|")
CLASS_SET_RESERVED_DOUBLE = set("&!#$%*+,.:;<=>?@^`~")
CLASS_SET_RESERVED_PUNCT = set("&-!#%,:;<=>@`~")


def _is_id_start(ch: str) -> bool:
    return ch in "$_" or unicodedata.category(ch) in ("Lu", "Ll", "Lt", "Lm", "Lo", "Nl")


def _is_id_part(ch: str) -> bool:
    return _is_id_start(ch) or unicodedata.category(ch) in ("Mn", "Mc", "Nd", "Pc") or ch in "\u200c\u200d"


class Parsed:
    """A parsed pattern: the tree, the capture count and the group names."""

    def __init__(self, tree, ngroups: int, names: dict[str, list[int]], group_names: list) -> None:
        self.tree = tree
        self.ngroups = ngroups
        self.names = names              # name -> group indices (duplicates in alternatives)
        self.group_names = group_names  # index -> name or None (index 0 unused)


class Parser:
    def __init__(self, source: str, unicode: bool, vmode: bool, icase: bool = False) -> None:
        self.u = unicode or vmode
        self.icase = icase
        self.word = self._word_characters()
        self.v = vmode
        if self.u:
            cps = []
            i = 0
            while i < len(source):
                c = ord(source[i])
                if 0xD800 <= c <= 0xDBFF and i + 1 < len(source) and 0xDC00 <= ord(source[i + 1]) <= 0xDFFF:
                    cps.append(0x10000 + ((c - 0xD800) << 10) + (ord(source[i + 1]) - 0xDC00))
                    i += 2
                else:
                    cps.append(c)
                    i += 1
            self.src = [chr(c) for c in cps]
        else:
            self.src = list(source)
        self.pos = 0
        self.ngroups = 0
        self.group_names: list = [None]
        self.names: dict[str, list[int]] = {}
        self.backref_names: list[str] = []
        self.total_groups, self.has_names = self._prescan()
        self.alt_path: list = []  # (alternation id, alternative index) of the current position
        self.name_paths: dict[str, list] = {}

    # -- helpers --
    def _word_characters(self) -> CharSet:
        """WordCharacters (22.2.2.9.4): with u/v and i it also holds U+017F and U+212A."""
        return C.WORD_UNICODE_IGNORE_CASE if self.u and self.icase else C.WORD

    def error(self, msg: str):
        raise RegExpSyntaxError(msg)

    def peek(self, k: int = 0) -> str | None:
        p = self.pos + k
        return self.src[p] if p < len(self.src) else None

    def eat(self, ch: str) -> bool:
        if self.peek() == ch:
            self.pos += 1
            return True
        return False

    def lookahead(self, s: str) -> bool:
        return "".join(self.src[self.pos:self.pos + len(s)]) == s

    def _prescan(self) -> tuple[int, bool]:
        """Count capturing groups and see whether any is named (needed for \\N and \\k)."""
        n, named, i, in_class, src = 0, False, 0, False, self.src
        while i < len(src):
            c = src[i]
            if c == "\\":
                i += 2
                continue
            if in_class:
                if c == "]":
                    in_class = False
            elif c == "[":
                in_class = True
            elif c == "(":
                if i + 1 < len(src) and src[i + 1] == "?":
                    if i + 2 < len(src) and src[i + 2] == "<" and i + 3 < len(src) and src[i + 3] not in "=!":
                        n += 1
                        named = True
                else:
                    n += 1
            i += 1
        return n, named

    # -- grammar --
    def parse(self) -> Parsed:
        tree = self.disjunction()
        if self.pos < len(self.src):
            self.error("Unmatched ')'" if self.peek() == ")" else "Unexpected character")
        for name in self.backref_names:
            if name not in self.names:
                self.error("Invalid named capture referenced")
        tree = self._resolve_named(tree)
        return Parsed(tree, self.ngroups, self.names, self.group_names)

    def _resolve_named(self, node):
        kind = node[0]
        if kind == "namedref":
            return ("backref", self.names[node[1]])
        if kind in ("seq", "alt"):
            return (kind, [self._resolve_named(n) for n in node[1]])
        if kind == "group":
            return ("group", node[1], self._resolve_named(node[2]))
        if kind == "look":
            return ("look", node[1], node[2], self._resolve_named(node[3]))
        if kind == "repeat":
            return ("repeat", self._resolve_named(node[1])) + node[2:]
        if kind == "mods":
            return node[:3] + (self._resolve_named(node[3]),)
        return node

    def disjunction(self):
        alts = []
        alt_id = object()
        idx = 0
        self.alt_path.append((alt_id, idx))
        alts.append(self.alternative())
        while self.eat("|"):
            idx += 1
            self.alt_path[-1] = (alt_id, idx)
            alts.append(self.alternative())
        self.alt_path.pop()
        return alts[0] if len(alts) == 1 else ("alt", alts)

    def alternative(self):
        terms = []
        while self.pos < len(self.src) and self.peek() not in ("|", ")"):
            t = self.term()
            if t is not None:
                terms.append(t)
        if not terms:
            return ("empty",)
        return terms[0] if len(terms) == 1 else ("seq", _merge(terms))

    def term(self):
        c = self.peek()
        first_group = self.ngroups + 1
        if c == "^":
            self.pos += 1
            return ("bol",)
        if c == "$":
            self.pos += 1
            return ("eol",)
        if c == "\\" and self.peek(1) in ("b", "B"):
            self.pos += 2
            return ("wordb", self.src[self.pos - 1] == "B")
        if c == "(" and self.peek(1) == "?" and (self.peek(2) in ("=", "!") or
                                                  (self.peek(2) == "<" and self.peek(3) in ("=", "!"))):
            behind = self.peek(2) == "<"
            negate = self.src[self.pos + (3 if behind else 2)] == "!"
            self.pos += 4 if behind else 3
            body = self.disjunction()
            if not self.eat(")"):
                self.error("Unterminated group")
            node = ("look", behind, negate, body)
            if behind or self.u:
                if self.peek() is not None and self.peek() in "*+?" or (self.peek() == "{" and self._try_braces(peek=True)):
                    self.error("Invalid quantifier" if self.u else "Nothing to repeat")
                return node
            return self.quantifier(node, first_group)  # Annex B: QuantifiableAssertion
        atom = self.atom()
        return self.quantifier(atom, first_group)

    def _try_braces(self, peek: bool = False):
        """Parse {n}, {n,}, {n,m} at pos; returns (min, max) or None (pos unchanged then)."""
        save = self.pos
        self.pos += 1
        lo = self._digits()
        if lo is None:
            self.pos = save
            return None
        hi = lo
        if self.eat(","):
            hi = self._digits()
        if not self.eat("}"):
            self.pos = save
            return None
        if peek:
            self.pos = save
        return lo, hi

    def _digits(self) -> int | None:
        start = self.pos
        while self.peek() is not None and self.peek().isascii() and self.peek().isdigit():
            self.pos += 1
        if self.pos == start:
            return None
        return int("".join(self.src[start:self.pos]))

    def quantifier(self, atom, first_group: int):
        c = self.peek()
        if c == "*":
            lo, hi = 0, None
            self.pos += 1
        elif c == "+":
            lo, hi = 1, None
            self.pos += 1
        elif c == "?":
            lo, hi = 0, 1
            self.pos += 1
        elif c == "{":
            r = self._try_braces()
            if r is None:
                if self.u:
                    self.error("Incomplete quantifier")
                return atom
            lo, hi = r
            if hi is not None and hi < lo:
                self.error("numbers out of order in {} quantifier")
        else:
            return atom
        greedy = not self.eat("?")
        return ("repeat", atom, lo, hi, greedy, first_group, self.ngroups + 1)

    def atom(self):
        c = self.peek()
        if c == ".":
            self.pos += 1
            return ("dot",)
        if c == "(":
            return self.group()
        if c == "[":
            self.pos += 1
            return self.class_v() if self.v else self.class_legacy()
        if c == "\\":
            self.pos += 1
            return self.atom_escape()
        if c in ("*", "+", "?"):
            self.error("Nothing to repeat")
        if c == "{":
            if self.u or self._try_braces(peek=True):
                self.error("Nothing to repeat" if not self.u or self._try_braces(peek=True) else "Lone quantifier brackets")
        if c in ("}", "]") and self.u:
            self.error("Lone quantifier brackets")
        self.pos += 1
        return ("char", ord(c))

    def group(self):
        self.pos += 1
        if self.eat("?"):
            if self.eat(":"):
                body = self.disjunction()
                if not self.eat(")"):
                    self.error("Unterminated group")
                return body if body[0] != "empty" else ("empty",)
            if self.eat("<"):
                name = self.group_name()
                self.ngroups += 1
                index = self.ngroups
                self._add_name(name, index)
                self.group_names.append(name)
            elif self.peek() is not None and self.peek() in "ims-":
                return self.modifiers_group()
            else:
                self.error("Invalid group")
        else:
            self.ngroups += 1
            index = self.ngroups
            self.group_names.append(None)
        body = self.disjunction()
        if not self.eat(")"):
            self.error("Unterminated group")
        return ("group", index, body)

    def modifiers_group(self):
        """Atom :: ( ? RegularExpressionModifiers - RegularExpressionModifiers : Disjunction ),
        with its early errors (22.2.1.1): no flag twice, not both lists empty."""
        add = self._modifier_letters()
        remove = ""
        if self.eat("-"):
            remove = self._modifier_letters()
            if not add and not remove:
                self.error("Invalid flag group")
        if len(set(add + remove)) != len(add + remove):
            self.error("Repeated flag in flag group")
        if not self.eat(":"):
            self.error("Invalid flag group")
        saved = self.icase, self.word
        self.icase = (self.icase or "i" in add) and "i" not in remove
        self.word = self._word_characters()
        body = self.disjunction()
        self.icase, self.word = saved
        if not self.eat(")"):
            self.error("Unterminated group")
        return ("mods", add, remove, body)

    def _modifier_letters(self) -> str:
        start = self.pos
        while self.peek() is not None and self.peek() in "ims":
            self.pos += 1
        return "".join(self.src[start:self.pos])

    def _add_name(self, name: str, index: int) -> None:
        path = list(self.alt_path)
        for other in self.name_paths.get(name, []):
            # duplicates are allowed only in different alternatives of one disjunction
            if not any(a[0] == b[0] and a[1] != b[1] for a, b in zip(path, other)):
                self.error("Duplicate capture group name")
        self.name_paths.setdefault(name, []).append(path)
        self.names.setdefault(name, []).append(index)

    def group_name(self) -> str:
        out = []
        while True:
            c = self.peek()
            if c is None:
                self.error("Invalid capture group name")
            self.pos += 1
            if c == ">":
                break
            if c == "\\":
                if not self.eat("u"):
                    self.error("Invalid capture group name")
                cp = self._unicode_escape_body(True)
                if cp is None:
                    self.error("Invalid Unicode escape sequence")
                c = chr(cp)
            elif not self.u and 0xD800 <= ord(c) <= 0xDBFF and self.peek() is not None and 0xDC00 <= ord(self.peek()) <= 0xDFFF:
                lo = ord(self.peek())
                self.pos += 1
                c = chr(0x10000 + ((ord(c) - 0xD800) << 10) + (lo - 0xDC00))
            ok = _is_id_start(c) if not out else _is_id_part(c)
            if not ok:
                self.error("Invalid capture group name")
            out.append(c)
        if not out:
            self.error("Invalid capture group name")
        name = "".join(out)
        # names are JS strings (UTF-16)
        return "".join(chr(x) for ch in name for x in _utf16(ord(ch)))

    # -- escapes --
    def atom_escape(self):
        c = self.peek()
        if c is None:
            self.error("\\ at end of pattern")
        if c.isascii() and c.isdigit() and c != "0":
            save = self.pos
            n = self._digits()
            if n <= self.total_groups:
                return ("backref", [n])
            if self.u:
                self.error("Invalid escape")
            self.pos = save
            if c >= "8":
                self.pos += 1
                return ("char", ord(c))
            return ("char", self._legacy_octal())
        if c == "k":
            if self.u or self.has_names:
                self.pos += 1
                if not self.eat("<"):
                    self.error("Invalid named reference")
                name = self.group_name()
                self.backref_names.append(name)
                return ("namedref", name)
            self.pos += 1
            return ("char", ord("k"))
        cs = self.class_escape()
        if cs is not None:
            return ("set", cs, False)
        return ("char", self.character_escape(in_class=False))

    def class_escape(self) -> CharSet | None:
        """CharacterClassEscape: \\d \\D \\s \\S \\w \\W \\p{..} \\P{..}; None if not one."""
        c = self.peek()
        if c in ("d", "D", "s", "S", "w", "W"):
            self.pos += 1
            base = {"d": C.DIGITS, "s": C.WHITE_SPACE, "w": self.word}[c.lower()]
            return base.complement() if c.isupper() else base
        if c in ("p", "P") and self.u:
            self.pos += 1
            if not self.eat("{"):
                self.error("Invalid property name")
            start = self.pos
            while self.peek() is not None and self.peek() != "}":
                self.pos += 1
            if self.peek() is None:
                self.error("Invalid property name")
            text = "".join(self.src[start:self.pos])
            self.pos += 1
            name, _, value = text.partition("=")
            try:
                cs = property_set(name, value if _ else None, self.v)
            except ValueError:
                self.error("Invalid property name")
            if c == "P":
                if is_property_of_strings(name):
                    self.error("Invalid property name")  # \\P of a property of strings
                return cs.complement()
            return cs
        return None

    def character_escape(self, in_class: bool) -> int:
        """CharacterEscape (22.2.1) after the backslash; returns a code point."""
        c = self.peek()
        self.pos += 1
        simple = {"f": 0x0C, "n": 0x0A, "r": 0x0D, "t": 0x09, "v": 0x0B}
        if c in simple:
            return simple[c]
        if c == "c":
            d = self.peek()
            if d is not None and d.isascii() and (d.isalpha() or (in_class and not self.u and (d.isdigit() or d == "_"))):
                self.pos += 1
                return ord(d) % 32
            if self.u:
                self.error("Invalid unicode escape")
            self.pos -= 1
            return ord("\\")  # Annex B: "\c" stays a backslash; "c" is read next
        if c == "0" and not (self.peek() is not None and "0" <= self.peek() <= "9"):
            return 0
        if c == "x":
            h = self._hex(2)
            if h is not None:
                return h
            if self.u:
                self.error("Invalid escape")
            return ord("x")
        if c == "u":
            cp = self._unicode_escape_body(self.u)
            if cp is not None:
                return cp
            if self.u:
                self.error("Invalid Unicode escape")
            return ord("u")
        if self.u:
            if c in SYNTAX_CHARS or (c == "-" and in_class):
                return ord(c)
            self.error("Invalid escape" if not in_class else "Invalid class escape")
        if c.isascii() and c.isdigit():
            self.pos -= 1
            if c >= "8":
                self.pos += 1
                return ord(c)
            return self._legacy_octal()
        return ord(c)

    def _legacy_octal(self) -> int:
        """LegacyOctalEscapeSequence (B.1.2)."""
        d = self.src[self.pos]
        self.pos += 1
        v = int(d)
        if self.peek() is not None and self.peek() in "01234567":
            v = v * 8 + int(self.peek())
            self.pos += 1
            if d in "0123" and self.peek() is not None and self.peek() in "01234567":
                v = v * 8 + int(self.peek())
                self.pos += 1
        return v

    def _hex(self, n: int) -> int | None:
        s = "".join(self.src[self.pos:self.pos + n])
        if len(s) == n and all(ch in "0123456789abcdefABCDEF" for ch in s):
            self.pos += n
            return int(s, 16)
        return None

    def _unicode_escape_body(self, unicode: bool) -> int | None:
        """After "\\u": HHHH (joining a surrogate pair in u mode) or {H...} in u mode."""
        if unicode and self.peek() == "{":
            save = self.pos
            self.pos += 1
            start = self.pos
            while self.peek() is not None and self.peek() in "0123456789abcdefABCDEF":
                self.pos += 1
            if self.pos == start or not self.eat("}"):
                self.pos = save
                return None
            v = int("".join(self.src[start:self.pos - 1]), 16)
            if v > C.MAX_CP:
                self.error("Invalid Unicode escape")
            return v
        v = self._hex(4)
        if v is None:
            return None
        if unicode and 0xD800 <= v <= 0xDBFF and self.lookahead("\\u"):
            save = self.pos
            self.pos += 2
            lo = self._hex(4)
            if lo is not None and 0xDC00 <= lo <= 0xDFFF:
                return 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00)
            self.pos = save
        return v

    # -- character classes, legacy and u mode --
    def class_legacy(self):
        invert = self.eat("^")
        ranges: list = []
        while True:
            if self.peek() is None:
                self.error("Unterminated character class")
            if self.eat("]"):
                break
            a = self.class_atom()
            if self.peek() == "-" and self.peek(1) not in ("]", None):
                self.pos += 1
                b = self.class_atom()
                if isinstance(a, CharSet) or isinstance(b, CharSet):
                    if self.u:
                        self.error("Invalid character class")
                    # Annex B: a class escape in a range makes "-" literal
                    for x in (a, b):
                        ranges.extend(x.ranges if isinstance(x, CharSet) else [(x, x)])
                    ranges.append((0x2D, 0x2D))
                    continue
                if a > b:
                    self.error("Range out of order in character class")
                ranges.append((a, b))
            elif isinstance(a, CharSet):
                ranges.extend(a.ranges)
            else:
                ranges.append((a, a))
        return ("set", CharSet(ranges), invert)

    def class_atom(self):
        """ClassAtom: a code point, or a CharSet for a class escape."""
        c = self.peek()
        self.pos += 1
        if c != "\\":
            return ord(c)
        if self.peek() is None:
            self.error("\\ at end of pattern")
        if self.eat("b"):
            return 8
        if self.u and self.eat("-"):
            return 0x2D
        cs = self.class_escape()
        if cs is not None:
            return cs
        if not self.u and self.peek() == "k":
            self.pos += 1
            return ord("k")
        return self.character_escape(in_class=True)

    # -- character classes, v mode (ClassSetExpression) --
    def class_v(self):
        invert = self.eat("^")
        cs = self.class_set_expression()
        if invert and cs.strings:
            self.error("Negated character class may contain strings")
        return ("set", cs, invert)

    def class_set_expression(self) -> CharSet:
        """ClassUnion | ClassIntersection | ClassSubtraction, up to and including "]"."""
        if self.eat("]"):
            return CharSet()
        first = self.class_set_operand_or_range()
        if self.lookahead("&&") or self.lookahead("--"):
            op = self.src[self.pos]
            acc = first
            while self.lookahead(op * 2):
                self.pos += 2
                rhs = self.class_set_operand()
                acc = acc.intersection(rhs) if op == "&" else acc.difference(rhs)
            if not self.eat("]"):
                self.error("Invalid set operation in character class")
            return acc
        acc = first
        while not self.eat("]"):
            if self.peek() is None:
                self.error("Unterminated character class")
            if self.lookahead("&&") or self.lookahead("--"):
                self.error("Invalid set operation in character class")
            acc = acc.union(self.class_set_operand_or_range())
        return acc

    def class_set_operand_or_range(self) -> CharSet:
        if self.peek() in ("[",) or self.lookahead("\\q{") or (self.peek() == "\\" and self.peek(1) in "dDsSwWpP"):
            return self.class_set_operand()
        a = self.class_set_character()
        if self.peek() == "-" and self.peek(1) != "-":
            self.pos += 1
            b = self.class_set_character()
            if a > b:
                self.error("Range out of order in character class")
            return CharSet([(a, b)])
        return CharSet([(a, a)])

    def class_set_operand(self) -> CharSet:
        if self.eat("["):
            invert = self.eat("^")
            cs = self.class_set_expression()
            if invert:
                if cs.strings:
                    self.error("Negated character class may contain strings")
                cs = cs.complement()
            return cs
        if self.lookahead("\\q{"):
            self.pos += 3
            return self.class_string_disjunction()
        if self.peek() == "\\":
            save = self.pos
            self.pos += 1
            cs = self.class_escape()
            if cs is not None:
                return cs
            self.pos = save
        a = self.class_set_character()
        return CharSet([(a, a)])

    def class_string_disjunction(self) -> CharSet:
        singles, strings = [], set()
        cur: list = []
        while True:
            c = self.peek()
            if c is None:
                self.error("Unterminated character class")
            if c in ("|", "}"):
                self.pos += 1
                if len(cur) == 1:
                    singles.append((cur[0], cur[0]))
                else:
                    strings.add(tuple(cur))
                cur = []
                if c == "}":
                    break
                continue
            cur.append(self.class_set_character())
        return CharSet(singles, frozenset(strings))

    def class_set_character(self) -> int:
        c = self.peek()
        if c is None:
            self.error("Unterminated character class")
        if c == "\\":
            self.pos += 1
            d = self.peek()
            if d is None:
                self.error("\\ at end of pattern")
            if d in CLASS_SET_RESERVED_PUNCT:
                self.pos += 1
                return ord(d)
            if d == "b":
                self.pos += 1
                return 8
            return self.character_escape(in_class=True)
        if c in CLASS_SET_SYNTAX or (c in CLASS_SET_RESERVED_DOUBLE and self.peek(1) == c):
            self.error("Invalid character in character class")
        self.pos += 1
        return ord(c)


def _utf16(cp: int) -> list[int]:
    if cp < 0x10000:
        return [cp]
    cp -= 0x10000
    return [0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF)]


def _merge(terms: list) -> list:
    """Flatten nested sequences."""
    out = []
    for t in terms:
        if t[0] == "seq":
            out.extend(t[1])
        elif t[0] != "empty":
            out.append(t)
    return out


def parse(source: str, unicode: bool = False, vmode: bool = False, icase: bool = False) -> Parsed:
    """Parse a pattern; raises RegExpSyntaxError."""
    try:
        return Parser(source, unicode, vmode, icase).parse()
    except RecursionError:
        raise RegExpSyntaxError("Regular expression too large") from None
