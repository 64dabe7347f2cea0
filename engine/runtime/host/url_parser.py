"""The WHATWG URL Standard's parsing and serializing (URL 3-4): the host parser (domains,
IPv4, IPv6, opaque hosts), the basic URL parser as its state machine (with the state override
the URL setters use), the URL serializer and origins, and application/x-www-form-urlencoded.
Strings here are Python strings of code points; the API module converts at its edges."""
from __future__ import annotations

from typing import Any

from .dependencies import require

SPECIAL_SCHEMES = {"ftp": 21, "file": None, "http": 80, "https": 443, "ws": 80, "wss": 443}

# Percent-encode sets (URL 1.3), as the characters beyond C0 controls and > U+007E each adds.
_FRAGMENT_SET = frozenset(' "<>`')
_QUERY_SET = frozenset(' "#<>')
_SPECIAL_QUERY_SET = _QUERY_SET | {"'"}
_PATH_SET = _QUERY_SET | frozenset("?`{}")  # "^" stays, as in node 20 (ada)
_USERINFO_SET = _PATH_SET | frozenset("/:;=@[\\]|")
_COMPONENT_SET = _USERINFO_SET | frozenset("$%&+,")
_FORM_SET = _COMPONENT_SET | frozenset("!'()~")
_EMPTY_SET: frozenset = frozenset()

_FORBIDDEN_HOST = frozenset("\0\t\n\r #/:<>?@[\\]^|")
_FORBIDDEN_DOMAIN = _FORBIDDEN_HOST | frozenset(chr(c) for c in range(0x20)) | {"%", "\x7f"}
_ALPHA = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DIGITS = frozenset("0123456789")
_HEX = frozenset("0123456789abcdefABCDEF")


class ParseFailure(Exception):
    """The parser returned failure."""


class URLRecord:
    """A URL (URL 4.1): ``path`` is a list of segments, or a str for an opaque path; ``host``
    is the serialized host ("" for the empty host) or None."""

    __slots__ = ("scheme", "username", "password", "host", "port", "path", "query", "fragment")

    def __init__(self) -> None:
        self.scheme = ""
        self.username = ""
        self.password = ""
        self.host: str | None = None
        self.port: int | None = None
        self.path: list[str] | str = []
        self.query: str | None = None
        self.fragment: str | None = None

    @property
    def special(self) -> bool:
        return self.scheme in SPECIAL_SCHEMES

    def has_opaque_path(self) -> bool:
        return type(self.path) is str

    def includes_credentials(self) -> bool:
        return self.username != "" or self.password != ""

    def cannot_have_credentials_or_port(self) -> bool:
        return self.host is None or self.host == "" or self.scheme == "file"

    def shorten_path(self) -> None:
        """shorten a URL's path (URL 4.1)."""
        path = self.path
        if self.scheme == "file" and len(path) == 1 and _is_normalized_drive_letter(path[0]):
            return
        if path:
            path.pop()


# ---------------------------------------------------------------------------------------------
# Percent-encoding (URL 1.3)
# ---------------------------------------------------------------------------------------------

def percent_encode(s: str, encode_set: frozenset, space_as_plus: bool = False) -> str:
    """UTF-8 percent-encode each code point of ``s`` in the C0 control set or ``encode_set``."""
    out = []
    for c in s:
        if c == " " and space_as_plus:
            out.append("+")
        elif c < " " or c > "~" or c in encode_set:
            out.append("".join(f"%{b:02X}" for b in c.encode("utf-8", "surrogatepass")))
        else:
            out.append(c)
    return "".join(out)


def percent_decode(s: str) -> bytes:
    """percent-decode a string (URL 1.3) to bytes."""
    data = s.encode("utf-8", "surrogatepass")
    if b"%" not in data:
        return data
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b == 0x25 and i + 2 < n and chr(data[i + 1]) in _HEX and chr(data[i + 2]) in _HEX:
            out.append(int(data[i + 1:i + 3], 16))
            i += 3
        else:
            out.append(b)
            i += 1
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# Hosts (URL 3)
# ---------------------------------------------------------------------------------------------

def _ipv4_number(s: str) -> int:
    """IPv4 number parser (URL 3.5)."""
    if s == "":
        raise ParseFailure
    radix = 10
    if len(s) >= 2 and s[0] == "0" and s[1] in "xX":
        s, radix = s[2:], 16
    elif len(s) >= 2 and s[0] == "0":
        s, radix = s[1:], 8
    if s == "":
        return 0
    try:
        if not s.isascii() or (radix == 10 and not s.isdigit()):
            raise ValueError
        return int(s, radix)
    except ValueError:
        raise ParseFailure from None


def _ends_in_a_number(s: str) -> bool:
    """ends in a number checker (URL 3.5)."""
    parts = s.split(".")
    if parts[-1] == "":
        if len(parts) == 1:
            return False
        parts.pop()
    last = parts[-1]
    if last and all(c in _DIGITS for c in last):
        return True
    try:
        _ipv4_number(last)
    except ParseFailure:
        return False
    return True


def _ipv4_parse(s: str) -> str:
    """IPv4 parser (URL 3.5), returning the serialized address."""
    parts = s.split(".")
    if parts[-1] == "" and len(parts) > 1:
        parts.pop()
    if len(parts) > 4:
        raise ParseFailure
    numbers = [_ipv4_number(p) for p in parts]
    if any(n > 255 for n in numbers[:-1]) or numbers[-1] >= 256 ** (5 - len(numbers)):
        raise ParseFailure
    address = numbers[-1]
    for i, n in enumerate(numbers[:-1]):
        address += n * 256 ** (3 - i)
    return ".".join(str((address >> shift) & 255) for shift in (24, 16, 8, 0))


def _ipv6_parse(s: str) -> list[int]:
    """IPv6 parser (URL 3.5): eight 16-bit pieces."""
    address = [0] * 8
    piece = 0
    compress = None
    i, n = 0, len(s)
    at = lambda k: s[k] if k < n else None  # noqa: E731
    if at(0) == ":":
        if at(1) != ":":
            raise ParseFailure
        i = 2
        piece += 1
        compress = piece
    while at(i) is not None:
        if piece == 8:
            raise ParseFailure
        if at(i) == ":":
            if compress is not None:
                raise ParseFailure
            i += 1
            piece += 1
            compress = piece
            continue
        value = length = 0
        while length < 4 and at(i) is not None and at(i) in _HEX:
            value = value * 16 + int(s[i], 16)
            i += 1
            length += 1
        if at(i) == ".":
            if length == 0:
                raise ParseFailure
            i -= length
            if piece > 6:
                raise ParseFailure
            numbers_seen = 0
            while at(i) is not None:
                ipv4_piece = None
                if numbers_seen > 0:
                    if at(i) == "." and numbers_seen < 4:
                        i += 1
                    else:
                        raise ParseFailure
                if at(i) is None or at(i) not in _DIGITS:
                    raise ParseFailure
                while at(i) is not None and at(i) in _DIGITS:
                    number = int(s[i])
                    if ipv4_piece is None:
                        ipv4_piece = number
                    elif ipv4_piece == 0:
                        raise ParseFailure
                    else:
                        ipv4_piece = ipv4_piece * 10 + number
                    if ipv4_piece > 255:
                        raise ParseFailure
                    i += 1
                address[piece] = address[piece] * 0x100 + ipv4_piece
                numbers_seen += 1
                if numbers_seen in (2, 4):
                    piece += 1
            if numbers_seen != 4:
                raise ParseFailure
            break
        if at(i) == ":":
            i += 1
            if at(i) is None:
                raise ParseFailure
        elif at(i) is not None:
            raise ParseFailure
        address[piece] = value
        piece += 1
    if compress is not None:
        swaps = piece - compress
        piece = 7
        while piece != 0 and swaps > 0:
            address[piece], address[compress + swaps - 1] = address[compress + swaps - 1], address[piece]
            piece -= 1
            swaps -= 1
    elif piece != 8:
        raise ParseFailure
    return address


def _ipv6_serialize(address: list[int]) -> str:
    """IPv6 serializer (URL 3.6): the first longest run of two or more zeros becomes "::"."""
    best_start, best_len = None, 1
    i = 0
    while i < 8:
        if address[i] == 0:
            j = i
            while j < 8 and address[j] == 0:
                j += 1
            if j - i > best_len:
                best_start, best_len = i, j - i
            i = j
        else:
            i += 1
    out = ""
    ignore0 = False
    for k in range(8):
        if ignore0 and address[k] == 0:
            continue
        ignore0 = False
        if best_start == k:
            out += "::" if k == 0 else ":"
            ignore0 = True
            continue
        out += f"{address[k]:x}"
        if k != 7:
            out += ":"
    return out


def _domain_to_ascii(domain: str) -> str:
    """domain to ASCII (URL 3.3) with beStrict false: ASCII domains without "xn--" labels are
    lowercased; others go through UTS #46 ToASCII (non-transitional, no STD3 rules, no
    hyphen or DNS length checks), from the idna package's mapping table and punycode."""
    labels = domain.split(".")
    if domain.isascii() and not any(label[:4].lower() == "xn--" for label in labels):
        return domain.lower()
    idna = require("idna", "idna", "URL: a non-ASCII domain")
    try:
        mapped = idna.uts46_remap(domain, std3_rules=False, transitional=False)
    except idna.IDNAError:
        raise ParseFailure from None
    out = []
    for label in mapped.split("."):
        if label.isascii():
            if label[:4].lower() == "xn--":
                try:
                    decoded = label[4:].encode("ascii").decode("punycode")
                except UnicodeError:
                    raise ParseFailure from None
                if not decoded or decoded.isascii():
                    raise ParseFailure
            out.append(label.lower())
        else:
            out.append("xn--" + label.encode("punycode").decode("ascii"))
    result = ".".join(out)
    if result == "":
        raise ParseFailure
    return result


def host_parse(s: str, is_opaque: bool) -> str:
    """host parser (URL 3.5): the serialized host, or ParseFailure."""
    if s.startswith("["):
        if not s.endswith("]"):
            raise ParseFailure
        return "[" + _ipv6_serialize(_ipv6_parse(s[1:-1])) + "]"
    if is_opaque:
        if any(c in _FORBIDDEN_HOST for c in s):
            raise ParseFailure
        return percent_encode(s, _EMPTY_SET)
    domain = percent_decode(s).decode("utf-8", "replace")
    ascii_domain = _domain_to_ascii(domain)
    if any(c in _FORBIDDEN_DOMAIN for c in ascii_domain):
        raise ParseFailure
    if _ends_in_a_number(ascii_domain):
        return _ipv4_parse(ascii_domain)
    return ascii_domain


# ---------------------------------------------------------------------------------------------
# The basic URL parser (URL 4.4)
# ---------------------------------------------------------------------------------------------

(SCHEME_START, SCHEME, NO_SCHEME, SPECIAL_RELATIVE_OR_AUTHORITY, PATH_OR_AUTHORITY, RELATIVE,
 RELATIVE_SLASH, SPECIAL_AUTHORITY_SLASHES, SPECIAL_AUTHORITY_IGNORE_SLASHES, AUTHORITY, HOST,
 HOSTNAME, PORT, FILE, FILE_SLASH, FILE_HOST, PATH_START, PATH, OPAQUE_PATH, QUERY,
 FRAGMENT) = range(21)

_C0_OR_SPACE = "".join(chr(c) for c in range(0x21))


def _is_drive_letter(s: str) -> bool:
    return len(s) == 2 and s[0] in _ALPHA and s[1] in ":|"


def _is_normalized_drive_letter(s: str) -> bool:
    return len(s) == 2 and s[0] in _ALPHA and s[1] == ":"


def _starts_with_drive_letter(s: str) -> bool:
    return len(s) >= 2 and _is_drive_letter(s[:2]) and (len(s) == 2 or s[2] in "/\\?#")


def _is_single_dot(s: str) -> bool:
    return s == "." or s.lower() == "%2e"


def _is_double_dot(s: str) -> bool:
    return s.lower() in ("..", ".%2e", "%2e.", "%2e%2e")


def _query_or_fragment(url: URLRecord, c: str | None) -> int | None:
    """The steps several states share: "?" starts the query, "#" the fragment."""
    if c == "?":
        url.query = ""
        return QUERY
    if c == "#":
        url.fragment = ""
        return FRAGMENT
    return None


def _copy_authority(url: URLRecord, base: URLRecord) -> None:
    url.username, url.password, url.host, url.port = base.username, base.password, base.host, base.port


def basic_parse(text: str, base: URLRecord | None = None, url: URLRecord | None = None,
                state_override: int | None = None) -> URLRecord:
    """The basic URL parser (URL 4.4). Without ``url`` it returns a new URL or raises
    ParseFailure; with ``url`` and ``state_override`` (the setters) it changes ``url`` in place
    and returns it; a failure then leaves the parts already set."""
    if url is None:
        url = URLRecord()
        text = text.strip(_C0_OR_SPACE)
    text = text.replace("\t", "").replace("\n", "").replace("\r", "")
    state = state_override if state_override is not None else SCHEME_START
    buffer = ""
    at_sign_seen = inside_brackets = password_token_seen = False
    pointer = 0
    n = len(text)
    while True:
        c = text[pointer] if pointer < n else None  # None is EOF
        if state == SCHEME_START:
            if c is not None and c in _ALPHA:
                buffer += c.lower()
                state = SCHEME
            elif state_override is None:
                state = NO_SCHEME
                pointer -= 1
            else:
                raise ParseFailure
        elif state == SCHEME:
            if c is not None and (c in _ALPHA or c in _DIGITS or c in "+-."):
                buffer += c.lower()
            elif c == ":":
                if state_override is not None:
                    if url.special != (buffer in SPECIAL_SCHEMES):
                        return url
                    if (url.includes_credentials() or url.port is not None) and buffer == "file":
                        return url
                    if url.scheme == "file" and url.host == "":
                        return url
                url.scheme = buffer
                if state_override is not None:
                    if url.port is not None and SPECIAL_SCHEMES.get(url.scheme) == url.port:
                        url.port = None
                    return url
                buffer = ""
                if url.scheme == "file":
                    state = FILE
                elif url.special and base is not None and base.scheme == url.scheme:
                    state = SPECIAL_RELATIVE_OR_AUTHORITY
                elif url.special:
                    state = SPECIAL_AUTHORITY_SLASHES
                elif text.startswith("/", pointer + 1):
                    state = PATH_OR_AUTHORITY
                    pointer += 1
                else:
                    url.path = ""
                    state = OPAQUE_PATH
            elif state_override is None:
                buffer = ""
                state = NO_SCHEME
                pointer = -1
            else:
                raise ParseFailure
        elif state == NO_SCHEME:
            if base is None or (base.has_opaque_path() and c != "#"):
                raise ParseFailure
            if base.has_opaque_path():
                url.scheme, url.path, url.query, url.fragment = base.scheme, base.path, base.query, ""
                state = FRAGMENT
            else:
                state = RELATIVE if base.scheme != "file" else FILE
                pointer -= 1
        elif state == SPECIAL_RELATIVE_OR_AUTHORITY:
            if c == "/" and text.startswith("/", pointer + 1):
                state = SPECIAL_AUTHORITY_IGNORE_SLASHES
                pointer += 1
            else:
                state = RELATIVE
                pointer -= 1
        elif state == PATH_OR_AUTHORITY:
            if c == "/":
                state = AUTHORITY
            else:
                state = PATH
                pointer -= 1
        elif state == RELATIVE:
            url.scheme = base.scheme
            if c == "/" or (url.special and c == "\\"):
                state = RELATIVE_SLASH
            else:
                _copy_authority(url, base)
                url.path = list(base.path)
                url.query = base.query
                next_state = _query_or_fragment(url, c)
                if next_state is not None:
                    state = next_state
                elif c is not None:
                    url.query = None
                    url.shorten_path()
                    state = PATH
                    pointer -= 1
        elif state == RELATIVE_SLASH:
            if url.special and c is not None and c in "/\\":
                state = SPECIAL_AUTHORITY_IGNORE_SLASHES
            elif c == "/":
                state = AUTHORITY
            else:
                _copy_authority(url, base)
                state = PATH
                pointer -= 1
        elif state == SPECIAL_AUTHORITY_SLASHES:
            if c == "/" and text.startswith("/", pointer + 1):
                pointer += 1
            else:
                pointer -= 1
            state = SPECIAL_AUTHORITY_IGNORE_SLASHES
        elif state == SPECIAL_AUTHORITY_IGNORE_SLASHES:
            if c is None or c not in "/\\":
                state = AUTHORITY
                pointer -= 1
        elif state == AUTHORITY:
            if c == "@":
                if at_sign_seen:
                    buffer = "%40" + buffer
                at_sign_seen = True
                for cp in buffer:
                    if cp == ":" and not password_token_seen:
                        password_token_seen = True
                        continue
                    encoded = percent_encode(cp, _USERINFO_SET)
                    if password_token_seen:
                        url.password += encoded
                    else:
                        url.username += encoded
                buffer = ""
            elif c is None or c in "/?#" or (url.special and c == "\\"):
                if at_sign_seen and buffer == "":
                    raise ParseFailure
                pointer -= len(buffer) + 1
                buffer = ""
                state = HOST
            else:
                buffer += c
        elif state == HOST or state == HOSTNAME:
            if state_override is not None and url.scheme == "file":
                pointer -= 1
                state = FILE_HOST
            elif c == ":" and not inside_brackets:
                if buffer == "":
                    raise ParseFailure
                if state_override == HOSTNAME:
                    return url
                url.host = host_parse(buffer, not url.special)
                buffer = ""
                state = PORT
            elif c is None or c in "/?#" or (url.special and c == "\\"):
                pointer -= 1
                if url.special and buffer == "":
                    raise ParseFailure
                if state_override is not None and buffer == "" and (url.includes_credentials() or url.port is not None):
                    return url
                url.host = host_parse(buffer, not url.special)
                buffer = ""
                state = PATH_START
                if state_override is not None:
                    return url
            else:
                if c == "[":
                    inside_brackets = True
                elif c == "]":
                    inside_brackets = False
                buffer += c
        elif state == PORT:
            if c is not None and c in _DIGITS:
                buffer += c
            elif c is None or c in "/?#" or (url.special and c == "\\") or state_override is not None:
                if buffer != "":
                    port = int(buffer)
                    if port > 65535:
                        raise ParseFailure
                    url.port = None if SPECIAL_SCHEMES.get(url.scheme, -1) == port else port
                    buffer = ""
                    if state_override is not None:
                        return url
                if state_override is not None:
                    raise ParseFailure
                state = PATH_START
                pointer -= 1
            else:
                raise ParseFailure
        elif state == FILE:
            url.scheme = "file"
            url.host = ""
            if c is not None and c in "/\\":
                state = FILE_SLASH
            elif base is not None and base.scheme == "file":
                url.host, url.path, url.query = base.host, list(base.path), base.query
                next_state = _query_or_fragment(url, c)
                if next_state is not None:
                    state = next_state
                elif c is not None:
                    url.query = None
                    if not _starts_with_drive_letter(text[pointer:]):
                        url.shorten_path()
                    else:
                        url.path = []
                    state = PATH
                    pointer -= 1
            else:
                state = PATH
                pointer -= 1
        elif state == FILE_SLASH:
            if c is not None and c in "/\\":
                state = FILE_HOST
            else:
                if base is not None and base.scheme == "file":
                    url.host = base.host
                    if not _starts_with_drive_letter(text[pointer:]) and base.path \
                            and _is_normalized_drive_letter(base.path[0]):
                        url.path.append(base.path[0])
                state = PATH
                pointer -= 1
        elif state == FILE_HOST:
            if c is None or c in "/\\?#":
                pointer -= 1
                if state_override is None and _is_drive_letter(buffer):
                    state = PATH
                elif buffer == "":
                    url.host = ""
                    if state_override is not None:
                        return url
                    state = PATH_START
                else:
                    host = host_parse(buffer, not url.special)
                    url.host = "" if host == "localhost" else host
                    if state_override is not None:
                        return url
                    buffer = ""
                    state = PATH_START
            else:
                buffer += c
        elif state == PATH_START:
            if url.special:
                state = PATH
                if c is None or c not in "/\\":
                    pointer -= 1
            elif state_override is None and c == "?":
                url.query = ""
                state = QUERY
            elif state_override is None and c == "#":
                url.fragment = ""
                state = FRAGMENT
            elif c is not None:
                state = PATH
                if c != "/":
                    pointer -= 1
            elif state_override is not None and url.host is None:
                url.path.append("")
        elif state == PATH:
            slash = c == "/" or (url.special and c == "\\")
            if c is None or slash or (state_override is None and c in "?#"):
                if _is_double_dot(buffer):
                    url.shorten_path()
                    if not slash:
                        url.path.append("")
                elif _is_single_dot(buffer) and not slash:
                    url.path.append("")
                elif not _is_single_dot(buffer):
                    if url.scheme == "file" and not url.path and _is_drive_letter(buffer):
                        buffer = buffer[0] + ":"
                    url.path.append(buffer)
                buffer = ""
                state = _query_or_fragment(url, c) or state
            else:
                buffer += percent_encode(c, _PATH_SET)
        elif state == OPAQUE_PATH:
            next_state = _query_or_fragment(url, c)
            if next_state is not None:
                state = next_state
            elif c is not None:
                url.path += percent_encode(c, _EMPTY_SET)
        elif state == QUERY:
            if c is None or (state_override is None and c == "#"):
                url.query += percent_encode(buffer, _SPECIAL_QUERY_SET if url.special else _QUERY_SET)
                buffer = ""
                if c == "#":
                    url.fragment = ""
                    state = FRAGMENT
            else:
                buffer += c
        elif state == FRAGMENT:
            if c is not None:
                url.fragment += percent_encode(c, _FRAGMENT_SET)
        if pointer >= n:  # the run ended on EOF (a state may have stepped back before it)
            return url
        pointer += 1


def serialize_path(url: URLRecord) -> str:
    """URL path serializer (URL 4.5)."""
    if url.has_opaque_path():
        return url.path
    return "".join("/" + segment for segment in url.path)


def serialize(url: URLRecord, exclude_fragment: bool = False) -> str:
    """URL serializer (URL 4.5)."""
    out = url.scheme + ":"
    if url.host is not None:
        out += "//"
        if url.includes_credentials():
            out += url.username
            if url.password:
                out += ":" + url.password
            out += "@"
        out += url.host
        if url.port is not None:
            out += f":{url.port}"
    elif not url.has_opaque_path() and len(url.path) > 1 and url.path[0] == "":
        out += "/."
    out += serialize_path(url)
    if url.query is not None:
        out += "?" + url.query
    if url.fragment is not None and not exclude_fragment:
        out += "#" + url.fragment
    return out


def origin(url: URLRecord) -> str:
    """The ASCII serialization of a URL's origin (URL 4.7, HTML 7.5): "null" when opaque."""
    if url.scheme == "blob":
        try:
            inner = basic_parse(serialize_path(url))
        except ParseFailure:
            return "null"
        return origin(inner) if inner.scheme in ("http", "https") else "null"
    if url.scheme in SPECIAL_SCHEMES and url.scheme != "file":
        return f"{url.scheme}://{url.host}" + (f":{url.port}" if url.port is not None else "")
    return "null"


# ---------------------------------------------------------------------------------------------
# application/x-www-form-urlencoded (URL 5)
# ---------------------------------------------------------------------------------------------

def form_urlencoded_parse(s: str) -> list[list[str]]:
    """application/x-www-form-urlencoded parser (URL 5.1): [name, value] pairs."""
    pairs = []
    for sequence in s.split("&"):
        if sequence == "":
            continue
        name, _, value = sequence.partition("=")
        pairs.append([percent_decode(name.replace("+", " ")).decode("utf-8", "replace"),
                      percent_decode(value.replace("+", " ")).decode("utf-8", "replace")])
    return pairs


def form_urlencoded_serialize(pairs: Any) -> str:
    """application/x-www-form-urlencoded serializer (URL 5.2)."""
    return "&".join(percent_encode(name, _FORM_SET, True) + "=" + percent_encode(value, _FORM_SET, True)
                    for name, value in pairs)


def encode_userinfo(s: str) -> str:
    return percent_encode(s, _USERINFO_SET)
