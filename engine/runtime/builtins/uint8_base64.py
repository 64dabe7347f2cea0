"""Uint8Array to and from base64 and hex (ES2026 draft 23.3, proposal-arraybuffer-base64):
Uint8Array.fromBase64 / fromHex and Uint8Array.prototype.toBase64 / toHex / setFromBase64 /
setFromHex.

FromBase64 and FromHex return (read, bytes, error) with ``error`` a SyntaxError message or
None: the set* methods store the decoded prefix before throwing, as the spec requires.
"""
from __future__ import annotations

import base64
import binascii
from typing import Any

from ..access import create_data_property_or_throw, describe_value
from ..conversions import to_boolean
from ..errors import throw_syntax_error, throw_type_error
from ..function import arg, define_method
from ..objects import JSObject
from ..realm import current_realm
from .array_buffer import ELEMENT_TYPES
from .typedarray import TypedArrayObject, _allocate

ORDER = 22

_B64 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
_HEX = frozenset("0123456789abcdefABCDEF")
_ASCII_WHITESPACE = "\t\n\f\r "
_MAX = 2 ** 53 - 1


def _skip_ascii_whitespace(s: str, i: int) -> int:
    """SkipAsciiWhitespace."""
    while i < len(s) and s[i] in _ASCII_WHITESPACE:
        i += 1
    return i


def _decode_chunk(chunk: str, throw_on_extra_bits: bool = False) -> bytes | None:
    """DecodeBase64Chunk; None for non-zero padding bits when those are an error."""
    n = len(chunk)
    data = base64.b64decode(chunk + "A" * (4 - n))
    if n == 4:
        return data
    if throw_on_extra_bits and data[n - 1] != 0:
        return None
    return data[:n - 1]


def from_base64(s: str, alphabet: str, last_chunk: str, max_length: int = _MAX) -> tuple[int, bytes, str | None]:
    """FromBase64: (read, bytes, error)."""
    if max_length == 0:
        return 0, b"", None
    read = 0
    out = bytearray()
    chunk = ""
    index = 0
    length = len(s)
    bad = "Found a character that cannot be part of a valid base64 string."
    while True:
        index = _skip_ascii_whitespace(s, index)
        if index == length:
            if chunk:
                if last_chunk == "stop-before-partial":
                    return read, bytes(out), None
                if last_chunk == "loose" and len(chunk) > 1:
                    out += _decode_chunk(chunk)
                else:
                    return read, bytes(out), "Invalid base64 string: incomplete final chunk"
            return length, bytes(out), None
        char = s[index]
        index += 1
        if char == "=":
            if len(chunk) < 2:
                return read, bytes(out), bad
            index = _skip_ascii_whitespace(s, index)
            if len(chunk) == 2:
                if index == length:
                    if last_chunk == "stop-before-partial":
                        return read, bytes(out), None
                    return read, bytes(out), "Invalid base64 string: missing padding"
                if s[index] == "=":
                    index = _skip_ascii_whitespace(s, index + 1)
            if index < length:
                return read, bytes(out), "Invalid base64 string: data after padding"
            decoded = _decode_chunk(chunk, last_chunk == "strict")
            if decoded is None:
                return read, bytes(out), "Invalid base64 string: non-zero padding bits"
            out += decoded
            return length, bytes(out), None
        if alphabet == "base64url":
            if char in "+/":
                return read, bytes(out), bad
            char = {"-": "+", "_": "/"}.get(char, char)
        if char not in _B64:
            return read, bytes(out), bad
        remaining = max_length - len(out)
        if (remaining == 1 and len(chunk) == 2) or (remaining == 2 and len(chunk) == 3):
            return read, bytes(out), None
        chunk += char
        if len(chunk) == 4:
            out += _decode_chunk(chunk)
            chunk = ""
            read = index
            if len(out) == max_length:
                return read, bytes(out), None


def from_hex(s: str, max_length: int = _MAX) -> tuple[int, bytes, str | None]:
    """FromHex: (read, bytes, error)."""
    length = len(s)
    out = bytearray()
    read = 0
    if length % 2:
        return read, b"", "Invalid hex string: odd length"
    while read < length and len(out) < max_length:
        hexits = s[read:read + 2]
        if not (hexits[0] in _HEX and hexits[1] in _HEX):
            return read, bytes(out), "Invalid hex string: non-hex character"
        read += 2
        out.append(int(hexits, 16))
    return read, bytes(out), None


def _options(options: Any) -> Any:
    """GetOptionsObject: undefined reads as an empty object."""
    if options is None:
        return None
    if not isinstance(options, JSObject):
        throw_type_error(f"{describe_value(options)} is not an object")
    return options


def _option(opts: Any, name: str) -> Any:
    return None if opts is None else opts.get(name, opts)


def _alphabet(opts: Any) -> str:
    a = _option(opts, "alphabet")
    if a is None:
        return "base64"
    if a not in ("base64", "base64url"):
        throw_type_error("expected alphabet to be either \"base64\" or \"base64url\"")
    return a


def _last_chunk_handling(opts: Any) -> str:
    h = _option(opts, "lastChunkHandling")
    if h is None:
        return "loose"
    if h not in ("loose", "strict", "stop-before-partial"):
        throw_type_error("expected lastChunkHandling to be \"loose\", \"strict\" or \"stop-before-partial\"")
    return h


def _validate_uint8_array(ta: Any, method: str, write: bool = False) -> TypedArrayObject:
    """ValidateUint8Array; ``write`` (setFromBase64, setFromHex): the target may not be backed
    by an immutable ArrayBuffer (Immutable ArrayBuffer proposal)."""
    if not isinstance(ta, TypedArrayObject) or ta.etype.name != "Uint8":
        throw_type_error(f"Method Uint8Array.prototype.{method} called on incompatible receiver "
                         f"{describe_value(ta)}")
    if write and ta.buffer.immutable:
        throw_type_error(f"Cannot perform Uint8Array.prototype.{method} on a Uint8Array backed by an "
                         "immutable ArrayBuffer")
    return ta


def _in_bounds_length(ta: TypedArrayObject, method: str) -> int:
    n = ta.length_or_none()
    if n is None:
        throw_type_error(f"Cannot perform Uint8Array.prototype.{method} on a detached or out-of-bounds ArrayBuffer")
    return n


def _string_arg(s: Any) -> str:
    if type(s) is not str:
        throw_type_error(f"{describe_value(s)} is not a string")
    return s


def new_uint8_array(data: bytes) -> TypedArrayObject:
    realm = current_realm()
    ta = _allocate(realm.intrinsics["%Uint8Array%"], ELEMENT_TYPES["Uint8"], len(data), "%Uint8Array.prototype%")
    ta.buffer.data[:] = data
    return ta


def _store(into: TypedArrayObject, data: bytes) -> None:
    """SetUint8ArrayBytes."""
    into.buffer.data[into.byte_offset:into.byte_offset + len(data)] = data


def read_written_result(read: int, written: int) -> JSObject:
    o = JSObject(current_realm().intrinsics["%Object.prototype%"])
    create_data_property_or_throw(o, "read", float(read))
    create_data_property_or_throw(o, "written", float(written))
    return o


def uint8_from_base64(this: Any, args: list) -> Any:
    s = _string_arg(arg(args, 0))
    opts = _options(arg(args, 1))
    alphabet = _alphabet(opts)
    last_chunk = _last_chunk_handling(opts)
    _, data, error = from_base64(s, alphabet, last_chunk)
    if error is not None:
        throw_syntax_error(error)
    return new_uint8_array(data)


def uint8_from_hex(this: Any, args: list) -> Any:
    _, data, error = from_hex(_string_arg(arg(args, 0)))
    if error is not None:
        throw_syntax_error(error)
    return new_uint8_array(data)


def uint8_set_from_base64(this: Any, args: list) -> Any:
    into = _validate_uint8_array(this, "setFromBase64", write=True)
    s = _string_arg(arg(args, 0))
    opts = _options(arg(args, 1))
    alphabet = _alphabet(opts)
    last_chunk = _last_chunk_handling(opts)
    n = _in_bounds_length(into, "setFromBase64")
    read, data, error = from_base64(s, alphabet, last_chunk, n)
    _store(into, data)
    if error is not None:
        throw_syntax_error(error)
    return read_written_result(read, len(data))


def uint8_set_from_hex(this: Any, args: list) -> Any:
    into = _validate_uint8_array(this, "setFromHex", write=True)
    s = _string_arg(arg(args, 0))
    n = _in_bounds_length(into, "setFromHex")
    read, data, error = from_hex(s, n)
    _store(into, data)
    if error is not None:
        throw_syntax_error(error)
    return read_written_result(read, len(data))


def _bytes_of(ta: TypedArrayObject, method: str) -> bytes:
    """GetUint8ArrayBytes."""
    n = _in_bounds_length(ta, method)
    return bytes(ta.buffer.data[ta.byte_offset:ta.byte_offset + n])


def uint8_to_base64(this: Any, args: list) -> Any:
    o = _validate_uint8_array(this, "toBase64")
    opts = _options(arg(args, 0))
    alphabet = _alphabet(opts)
    omit_padding = to_boolean(_option(opts, "omitPadding"))
    data = _bytes_of(o, "toBase64")
    out = (base64.urlsafe_b64encode if alphabet == "base64url" else base64.b64encode)(data).decode("ascii")
    return out.rstrip("=") if omit_padding else out


def uint8_to_hex(this: Any, args: list) -> Any:
    o = _validate_uint8_array(this, "toHex")
    return binascii.hexlify(_bytes_of(o, "toHex")).decode("ascii")


def setup(realm: Any) -> None:
    ctor = realm.intrinsics["%Uint8Array%"]
    proto = realm.intrinsics["%Uint8Array.prototype%"]
    define_method(ctor, realm, "fromBase64", 1, uint8_from_base64)
    define_method(ctor, realm, "fromHex", 1, uint8_from_hex)
    define_method(proto, realm, "setFromBase64", 1, uint8_set_from_base64)
    define_method(proto, realm, "setFromHex", 1, uint8_set_from_hex)
    define_method(proto, realm, "toBase64", 0, uint8_to_base64)
    define_method(proto, realm, "toHex", 0, uint8_to_hex)
