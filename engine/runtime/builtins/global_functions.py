"""Value and function properties of the global object (ECMA-262 19.1, 19.2, B.2.1).

parseInt and parseFloat are created by builtins/number.py (they are also Number.parseInt and
Number.parseFloat); this module installs them as globals.
"""
from __future__ import annotations

from typing import Any

from ..conversions import INF, NAN, to_number, to_string
from ..errors import throw_error
from ..function import arg, define_method
from ..shapes import CONFIGURABLE, WRITABLE

ORDER = 90

_URI_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_URI_MARK = frozenset("-_.!~*'()")
_URI_RESERVED = frozenset(";/?:@&=+$,")
_HEX = "0123456789ABCDEF"


def _uri_error() -> None:
    throw_error("URIError", "URI malformed")


def encode(s: str, extra_unescaped: frozenset) -> str:
    """Encode (19.2.6.5): percent-encode the UTF-8 of every code point not in the unescaped set."""
    unescaped = _URI_ALNUM | _URI_MARK | extra_unescaped
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c in unescaped:
            out.append(c)
            i += 1
            continue
        cp = ord(c)
        if 0xDC00 <= cp <= 0xDFFF:
            _uri_error()
        if 0xD800 <= cp <= 0xDBFF:
            if i + 1 >= n or not 0xDC00 <= ord(s[i + 1]) <= 0xDFFF:
                _uri_error()
            cp = 0x10000 + ((cp - 0xD800) << 10) + (ord(s[i + 1]) - 0xDC00)
            i += 1
        for b in chr(cp).encode("utf-8"):
            out.append("%" + _HEX[b >> 4] + _HEX[b & 15])
        i += 1
    return "".join(out)


def _hex_byte(s: str, k: int) -> int:
    """The byte of the escape "%XX" at s[k], or URIError."""
    h = s[k + 1:k + 3]
    if s[k] != "%" or len(h) != 2 or not _is_hex(h):
        _uri_error()
    return int(h, 16)


def decode(s: str, preserve: frozenset) -> str:
    """Decode (19.2.6.6): undo percent-encoding of UTF-8, keeping escapes of ``preserve``."""
    out = []
    k = 0
    n = len(s)
    while k < n:
        c = s[k]
        if c != "%":
            out.append(c)
            k += 1
            continue
        start = k
        b = _hex_byte(s, k)
        k += 3
        if b < 0x80:
            ch = chr(b)
            out.append(s[start:k] if ch in preserve else ch)
            continue
        if b & 0xE0 == 0xC0:
            count = 2
        elif b & 0xF0 == 0xE0:
            count = 3
        elif b & 0xF8 == 0xF0:
            count = 4
        else:
            _uri_error()
        octets = [b]
        for _ in range(count - 1):
            if k >= n:
                _uri_error()
            octets.append(_hex_byte(s, k))
            k += 3
        try:
            cp = ord(bytes(octets).decode("utf-8"))  # strict: no overlongs, surrogates or > U+10FFFF
        except UnicodeDecodeError:
            _uri_error()
        if cp >= 0x10000:
            cp -= 0x10000
            out.append(chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF)))
        else:
            out.append(chr(cp))
    return "".join(out)


_ESCAPE_OK = _URI_ALNUM | frozenset("@*_+-./")


def escape(s: str) -> str:
    """escape (B.2.1.1)."""
    out = []
    for c in s:
        cp = ord(c)
        if c in _ESCAPE_OK:
            out.append(c)
        elif cp < 256:
            out.append(f"%{cp:02X}")
        else:
            out.append(f"%u{cp:04X}")
    return "".join(out)


def _is_hex(t: str) -> bool:
    return bool(t) and all(c in "0123456789abcdefABCDEF" for c in t)


def unescape(s: str) -> str:
    """unescape (B.2.1.2)."""
    out = []
    k = 0
    n = len(s)
    while k < n:
        c = s[k]
        if c == "%":
            if s[k + 1:k + 2] == "u" and k + 6 <= n and _is_hex(s[k + 2:k + 6]):
                out.append(chr(int(s[k + 2:k + 6], 16)))
                k += 6
                continue
            if k + 3 <= n and _is_hex(s[k + 1:k + 3]):
                out.append(chr(int(s[k + 1:k + 3], 16)))
                k += 3
                continue
        out.append(c)
        k += 1
    return "".join(out)


def setup(realm: Any) -> None:
    g = realm.global_object
    intr = realm.intrinsics
    g.define_data("globalThis", g, WRITABLE | CONFIGURABLE)
    g.define_data("Infinity", INF, 0)
    g.define_data("NaN", NAN, 0)
    g.define_data("undefined", None, 0)
    for name in ("parseInt", "parseFloat"):
        f = intr.get(f"%{name}%")
        if f is not None:
            g.define_data(name, f, WRITABLE | CONFIGURABLE)

    def is_nan(this: Any, args: list) -> Any:
        n = to_number(arg(args, 0))
        return n != n

    def is_finite(this: Any, args: list) -> Any:
        n = to_number(arg(args, 0))
        return n == n and n != INF and n != -INF

    reserved_and_hash = _URI_RESERVED | frozenset("#")
    for name, fn in (
            ("isFinite", is_finite), ("isNaN", is_nan),
            ("decodeURI", lambda this, args: decode(to_string(arg(args, 0)), reserved_and_hash)),
            ("decodeURIComponent", lambda this, args: decode(to_string(arg(args, 0)), frozenset())),
            ("encodeURI", lambda this, args: encode(to_string(arg(args, 0)), reserved_and_hash)),
            ("encodeURIComponent", lambda this, args: encode(to_string(arg(args, 0)), frozenset())),
            ("escape", lambda this, args: escape(to_string(arg(args, 0)))),
            ("unescape", lambda this, args: unescape(to_string(arg(args, 0))))):
        intr[f"%{name}%"] = define_method(g, realm, name, 1, fn)
