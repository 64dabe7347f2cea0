"""Test262 test metadata: the YAML block between ``/*---`` and ``---*/`` (see test262's
INTERPRETING.md, "Metadata").

Only the YAML subset test262 uses is understood: top-level ``key: value`` pairs whose value is a
plain or quoted scalar, a flow list ``[a, b]``, a block list (``- a`` lines), a nested mapping
(``negative:`` with ``phase:`` and ``type:``) or a literal / folded block scalar (``|`` / ``>``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_BLOCK_RE = re.compile(r"/\*---(.*?)---\*/", re.S)
_KEY_RE = re.compile(r"^([A-Za-z_$][\w$-]*)\s*:(.*)$")

KNOWN_FLAGS = frozenset({
    "onlyStrict", "noStrict", "module", "raw", "async", "generated",
    "CanBlockIsFalse", "CanBlockIsTrue", "non-deterministic",
})


class FrontmatterError(ValueError):
    """The test's metadata block is missing or malformed."""


@dataclass
class Negative:
    """The ``negative`` attribute: the phase and the constructor name of the expected error."""

    phase: str
    type: str


@dataclass
class TestMeta:
    """The metadata of one test file."""

    description: str = ""
    esid: str = ""
    includes: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    features: list[str] = field(default_factory=list)
    negative: Negative | None = None
    raw: dict = field(default_factory=dict)

    def has(self, flag: str) -> bool:
        return flag in self.flags


def _scalar(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        inner = text[1:-1]
        return inner.replace("''", "'") if text[0] == "'" else inner.replace('\\"', '"')
    return text


def _flow_list(text: str) -> list[str]:
    inner = text.strip()[1:-1]
    return [_scalar(item) for item in inner.split(",") if item.strip()]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _block_scalar(lines: list[str], style: str) -> str:
    body = [ln for ln in lines]
    while body and not body[-1].strip():
        body.pop()
    nonblank = [ln for ln in body if ln.strip()]
    cut = min((_indent(ln) for ln in nonblank), default=0)
    body = [ln[cut:] for ln in body]
    if style.startswith("|"):
        return "\n".join(body)
    # Folded: single newlines become spaces, blank lines become newlines.
    out, para = [], []
    for ln in body:
        if ln.strip():
            para.append(ln.strip())
        else:
            out.append(" ".join(para))
            para = []
    out.append(" ".join(para))
    return "\n".join(p for p in out if p)


def _nested(lines: list[str]):
    """A block list or a mapping, from the indented lines under a key."""
    items = [ln.strip() for ln in lines if ln.strip() and not ln.strip().startswith("#")]
    if items and all(item.startswith("-") for item in items):
        return [_scalar(item[1:]) for item in items]
    mapping = {}
    for item in items:
        m = _KEY_RE.match(item)
        if not m:
            raise FrontmatterError(f"cannot parse metadata line: {item!r}")
        mapping[m.group(1)] = _value(m.group(2), [])
    return mapping


def _value(inline: str, lines: list[str]):
    inline = inline.strip()
    if inline.startswith("[") and inline.endswith("]"):
        return _flow_list(inline)
    if inline[:1] in ("|", ">"):
        return _block_scalar(lines, inline)
    if inline == "":
        return _nested(lines) if any(ln.strip() for ln in lines) else ""
    if lines:  # a plain scalar continued on more-indented lines
        return " ".join([inline] + [ln.strip() for ln in lines if ln.strip()])
    return _scalar(inline)


def parse_yaml_block(text: str) -> dict:
    """Parse the test262 YAML subset into a dict."""
    result: dict = {}
    key, inline, body = None, "", []
    for line in text.split("\n"):
        line = line.rstrip().replace("\t", "    ")
        if not line.strip() and key is None:
            continue
        # A key starts at column 0 (the first key may be indented, as a few tests do).
        m = _KEY_RE.match(line.strip()) if key is None or _indent(line) == 0 else None
        if m:
            if key is not None:
                result[key] = _value(inline, body)
            key, inline, body = m.group(1), m.group(2), []
        elif key is None:
            if not line.strip().startswith("#"):
                raise FrontmatterError(f"metadata line outside any key: {line!r}")
        else:
            body.append(line)
    if key is not None:
        result[key] = _value(inline, body)
    return result


def _as_list(value) -> list[str]:
    if isinstance(value, list):
        return value
    return [value] if value else []


def parse_frontmatter(source: str) -> TestMeta:
    """The metadata of a test file's source text (FrontmatterError when absent)."""
    m = _BLOCK_RE.search(source)
    if not m:
        raise FrontmatterError("no /*--- ... ---*/ metadata block")
    data = parse_yaml_block(m.group(1))
    negative = None
    if data.get("negative"):
        neg = data["negative"]
        if not isinstance(neg, dict) or "phase" not in neg or "type" not in neg:
            raise FrontmatterError("negative needs phase and type")
        if neg["phase"] not in ("parse", "resolution", "runtime"):
            raise FrontmatterError(f"unknown negative phase {neg['phase']!r}")
        negative = Negative(neg["phase"], neg["type"])
    flags = _as_list(data.get("flags"))
    unknown = [f for f in flags if f not in KNOWN_FLAGS]
    if unknown:
        raise FrontmatterError(f"unknown flags: {', '.join(unknown)}")
    return TestMeta(
        description=str(data.get("description", "")),
        esid=str(data.get("esid", "")),
        includes=_as_list(data.get("includes")),
        flags=flags,
        features=_as_list(data.get("features")),
        negative=negative,
        raw=data,
    )
