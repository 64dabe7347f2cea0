"""The mutator: small random edits of the project's own JS programs.

The corpus is every tests/corpus/*.js and examples/*.js file plus the JS sources of the
parametrized cases in tests/language (but those marked ``spec_only``, where node 20 deviates
from the spec). A mutant applies one to three edits: literal, operator,
keyword and identifier swaps that keep the program valid, line deletions, duplications and
swaps, splices of lines from another program, and (rarely) the hostile edits, truncation and
random bytes, that the parser must reject cleanly.
"""
from __future__ import annotations

import importlib
import random
import re
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

TOKEN = re.compile(r"""
    (?P<ws>\s+) | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<str>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<num>0[xX][0-9a-fA-F_]+n?|(?:\d[\d_]*\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)n?)
  | (?P<id>[A-Za-z_$][\w$]*)
  | (?P<op>>>>=|\.\.\.|===|!==|\*\*=|<<=|>>=|>>>|&&=|\|\|=|\?\?=|=>|==|!=|<=|>=|&&|\|\||\?\?|\?\.|\+\+|--|[-+*/%&|^]=|<<|>>|\*\*|[^\s\w])
""", re.X | re.S)

NUMBERS = ["0", "1", "-1", "2", "0.5", "-0", "NaN", "Infinity", "2147483647", "2147483648", "4294967295",
           "9007199254740993", "1e21", "1e-7", "3", "100", "65536", "0x7fffffff", "10n"]
STRINGS = ["''", "'0'", "'a'", "'length'", "'__proto__'", "'constructor'", "'\\u{1F600}'", "'\\ud800'", "'1e3'", "'-0'"]
OP_CLASSES = [["+", "-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>", ">>>"],
              ["===", "!==", "==", "!=", "<", "<=", ">", ">="], ["&&", "||", "??"],
              ["+=", "-=", "*=", "|=", "&&=", "||=", "??="], ["++", "--"], [".", "?."]]
KEYWORDS = [["let", "var", "const"], ["break", "continue"], ["true", "false"], ["null", "undefined"],
            ["function", "async function", "function*"], ["map", "filter", "forEach", "some", "flatMap"],
            ["push", "unshift", "pop", "shift"], ["of", "in"]]
INSERTS = ["Object.setPrototypeOf(this, null);", "Array.prototype[1] = 'proto';", "Object.freeze(Object.prototype);",
           "delete Array.prototype.push;", "Object.prototype.x = 1;", "Symbol.iterator in Array;",
           "for (let __i = 0; __i < 2000; __i++) ;", "globalThis.undefined = 1;"]


def tokens(source: str) -> list[tuple[str, str]]:
    """(kind, text) pairs whose texts concatenate back to ``source``."""
    out, pos = [], 0
    while pos < len(source):
        m = TOKEN.match(source, pos)
        if m is None or m.end() == pos:
            out.append(("op", source[pos]))
            pos += 1
            continue
        out.append((m.lastgroup, m.group()))
        pos = m.end()
    return out


def _language_cases() -> list[str]:
    """The JS sources of the pytest.param cases in tests/language/test_*.py."""
    sources = []
    for path in sorted((ROOT / "tests" / "language").glob("test_*.py")):
        try:
            module = importlib.import_module(f"tests.language.{path.stem}")
        except Exception:  # noqa: BLE001 - a module that cannot be imported adds no programs
            continue
        for value in vars(module).values():
            if isinstance(value, list):
                for item in value:
                    src = getattr(item, "values", (None,))[0] if hasattr(item, "values") else None
                    if any(m.name == "spec_only" for m in getattr(item, "marks", ())):
                        continue  # node 20 deviates from the spec there: its mutants would too
                    if isinstance(src, str) and len(src) > 10:
                        sources.append(src)
    return sources


@lru_cache(maxsize=1)
def corpus() -> tuple[str, ...]:
    """Every seed program, in a fixed order."""
    files = sorted((ROOT / "tests" / "corpus").glob("*.js")) + sorted((ROOT / "examples").glob("*.js"))
    return tuple(p.read_text(encoding="utf-8") for p in files) + tuple(_language_cases())


def _swap_in_class(rng: random.Random, text: str, classes: list[list[str]]) -> str | None:
    for group in classes:
        if text in group:
            return rng.choice([x for x in group if x != text])
    return None


def mutate_once(rng: random.Random, source: str, donors: tuple[str, ...]) -> str:
    """One random edit of ``source``."""
    toks = tokens(source)
    lines = source.split("\n")
    kind = rng.random()
    if kind < 0.45 and toks:  # token edits: the program mostly stays valid
        idents = sorted({t for k, t in toks if k == "id"})
        for _ in range(20):
            i = rng.randrange(len(toks))
            k, t = toks[i]
            new = None
            if k == "num":
                new = rng.choice(NUMBERS)
            elif k == "str":
                new = rng.choice(STRINGS)
            elif k == "op":
                new = _swap_in_class(rng, t, OP_CLASSES)
            elif k == "id":
                new = _swap_in_class(rng, t, KEYWORDS) or (rng.choice(idents) if rng.random() < 0.5 else None)
            if new is not None:
                toks[i] = (k, new)
                return "".join(t for _, t in toks)
        return source
    if kind < 0.6 and len(lines) > 1:
        i = rng.randrange(len(lines))
        del lines[i]
    elif kind < 0.7:
        i = rng.randrange(len(lines))
        lines.insert(i, lines[i])
    elif kind < 0.78 and len(lines) > 1:
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif kind < 0.9:
        donor = rng.choice(donors).split("\n")
        a = rng.randrange(len(donor))
        lines[rng.randrange(len(lines) + 1):0] = donor[a:a + rng.randint(1, 6)]
    elif kind < 0.95:
        lines.insert(rng.randrange(len(lines) + 1), rng.choice(INSERTS))
    elif kind < 0.98:
        return source[:rng.randrange(len(source) + 1)]
    else:
        i = rng.randrange(len(source) + 1)
        noise = "".join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0, 0x3000)])) for _ in range(rng.randint(1, 4)))
        return source[:i] + noise + source[i:]
    return "\n".join(lines)


def mutant(rng: random.Random) -> str:
    """A mutant of a random corpus program (one to three edits)."""
    donors = corpus()
    source = rng.choice(donors)
    for _ in range(rng.randint(1, 3)):
        source = mutate_once(rng, source, donors)
    return source
