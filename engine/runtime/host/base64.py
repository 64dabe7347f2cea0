"""atob and btoa (HTML 8.3, "Base64 utility methods"), with the forgiving-base64 decode of
the Infra standard."""
from __future__ import annotations

import base64
import re
from typing import Any

from ..conversions import to_string
from ..function import builtin
from ..shapes import CONFIGURABLE, ENUMERABLE, WRITABLE
from .dom_exception import throw_dom_exception
from .webidl import require_args

_ASCII_WHITESPACE = re.compile("[\t\n\f\r ]")
_ALPHABET = re.compile("[A-Za-z0-9+/]*")


def forgiving_base64_decode(data: str) -> bytes | str:
    """forgiving-base64 decode (Infra 4.7); for failure, node's message for it."""
    # 1. Remove all ASCII whitespace.
    data = _ASCII_WHITESPACE.sub("", data)
    # 2. With a length divisible by 4, drop one or two trailing "=".
    if len(data) % 4 == 0:
        if data.endswith("=="):
            data = data[:-2]
        elif data.endswith("="):
            data = data[:-1]
    # 3-4. A code point outside the alphabet, or a remainder of 1, is failure.
    if not _ALPHABET.fullmatch(data):
        return "Invalid character"
    if len(data) % 4 == 1:
        return "The string to be decoded is not correctly encoded."
    # 5-9. Decode 6 bits a character; leftover bits of a partial group are discarded.
    rest = len(data) % 4
    out = base64.b64decode(data + "A" * (4 - rest) if rest else data)
    return out[:len(out) - (4 - rest)] if rest else out


def atob(this: Any, args: list) -> str:
    require_args(args, 1, ("input",))
    decoded = forgiving_base64_decode(to_string(args[0]))
    if type(decoded) is str:
        throw_dom_exception(decoded, "InvalidCharacterError")
    return decoded.decode("latin-1")


def btoa(this: Any, args: list) -> str:
    require_args(args, 1, ("input",))
    s = to_string(args[0])
    if not s.isascii() and max(s) > "\xff":
        throw_dom_exception("Invalid character", "InvalidCharacterError")
    return base64.b64encode(s.encode("latin-1")).decode("ascii")


def setup(realm: Any) -> None:
    for name, fn in (("atob", atob), ("btoa", btoa)):
        realm.global_object.define_data(name, builtin(realm, name, 1, fn), WRITABLE | ENUMERABLE | CONFIGURABLE)
