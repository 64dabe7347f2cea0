"""TextEncoder and TextDecoder (WHATWG Encoding 7): UTF-8 encoding; UTF-8, UTF-16LE,
UTF-16BE and windows-1252 (latin1, ascii, ...) decoding, with ``fatal``, ``ignoreBOM`` and
streaming ``decode(input, {stream: true})``. Other encodings' labels are a RangeError, as an
unknown label is."""
from __future__ import annotations

import codecs
from typing import Any

from ..builtins.typedarray import TypedArrayObject
from ..builtins.uint8_base64 import new_uint8_array, read_written_result
from ..conversions import to_string
from ..errors import throw_range_error, throw_type_error
from ..objects import JSObject
from ..values import from_host_str
from .webidl import (attribute, buffer_source_bytes, define_interface, dictionary, member_boolean,
                     new_instance, operation, require_args, this_of, to_usv_string)

# The labels of the supported encodings (Encoding 4.2, "Names and labels").
_LABELS = {
    "utf-8": ("unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"),
    "utf-16be": ("unicodefffe", "utf-16be"),
    "utf-16le": ("csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"),
    "windows-1252": ("ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
                     "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
                     "us-ascii", "windows-1252", "x-cp1252"),
}
_ENCODING_OF_LABEL = {label: name for name, labels in _LABELS.items() for label in labels}


def _windows_1252_map() -> dict[int, str]:
    """index-windows-1252 (Encoding 9) as a str.translate table over latin-1: cp1252, where
    the five bytes cp1252 leaves undefined stay the C1 control of the same value."""
    table = {}
    for b in range(0x80, 0xA0):
        try:
            table[b] = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            pass
    return table


_WINDOWS_1252_MAP = _windows_1252_map()


def get_an_encoding(label: str) -> str | None:
    """get an encoding (Encoding 4.2): the encoding's name, or None for failure."""
    return _ENCODING_OF_LABEL.get(label.strip("\t\n\f\r ").lower())


class _DecodeError(Exception):
    """A decoder met an error while in fatal mode."""


class _Utf16Decoder:
    """The shared UTF-16 decoder (Encoding 14.2.1), straight to UTF-16 code units."""

    def __init__(self, big_endian: bool, fatal: bool) -> None:
        self.big_endian = big_endian
        self.fatal = fatal
        self.lead_byte: int | None = None
        self.lead_surrogate: int | None = None

    def _error(self, out: list) -> None:
        if self.fatal:
            raise _DecodeError
        out.append("\ufffd")

    def decode(self, data: bytes, final: bool) -> str:
        out: list[str] = []
        if self.lead_byte is not None:
            data = bytes([self.lead_byte]) + data
            self.lead_byte = None
        if len(data) % 2:
            self.lead_byte = data[-1]
            data = data[:-1]
        order = "big" if self.big_endian else "little"
        units = [int.from_bytes(data[i:i + 2], order) for i in range(0, len(data), 2)]
        for cu in units:
            lead = self.lead_surrogate
            if lead is not None:
                self.lead_surrogate = None
                if 0xDC00 <= cu <= 0xDFFF:
                    out.append(chr(lead) + chr(cu))
                    continue
                self._error(out)  # then the code unit is processed again
            if 0xD800 <= cu <= 0xDBFF:
                self.lead_surrogate = cu
            elif 0xDC00 <= cu <= 0xDFFF:
                self._error(out)
            else:
                out.append(chr(cu))
        if final and (self.lead_byte is not None or self.lead_surrogate is not None):
            self.lead_byte = self.lead_surrogate = None
            self._error(out)
        return "".join(out)


class _Utf8Decoder:
    """The UTF-8 decoder (Encoding 8.1.1): Python's, which replaces each maximal ill-formed
    subpart with one U+FFFD as the standard does."""

    def __init__(self, fatal: bool) -> None:
        self.inner = codecs.getincrementaldecoder("utf-8")("strict" if fatal else "replace")

    def decode(self, data: bytes, final: bool) -> str:
        try:
            return from_host_str(self.inner.decode(data, final))
        except UnicodeDecodeError:
            raise _DecodeError from None


class _SingleByteDecoder:
    """The windows-1252 decoder (Encoding 9.1.1): every byte is a character, never an error."""

    def __init__(self, fatal: bool) -> None:
        pass

    def decode(self, data: bytes, final: bool) -> str:
        return data.decode("latin-1").translate(_WINDOWS_1252_MAP)

_DECODERS = {"utf-8": _Utf8Decoder, "utf-16le": lambda fatal: _Utf16Decoder(False, fatal),
             "utf-16be": lambda fatal: _Utf16Decoder(True, fatal), "windows-1252": _SingleByteDecoder}


class TextDecoderObject(JSObject):
    __slots__ = ("encoding", "fatal", "ignore_bom", "bom_seen", "do_not_flush", "decoder")
    class_name = "TextDecoder"

    def __init__(self, proto: JSObject | None, encoding: str, fatal: bool, ignore_bom: bool) -> None:
        super().__init__(proto)
        self.encoding = encoding
        self.fatal = fatal
        self.ignore_bom = ignore_bom
        self.bom_seen = False
        self.do_not_flush = False
        self.decoder = _DECODERS[encoding](fatal)

    def decode(self, data: bytes, stream: bool) -> str:
        """TextDecoder.prototype.decode (Encoding 7.2) on the input's bytes."""
        # 1. Not continuing a stream: a fresh decoder, and the BOM may come again.
        if not self.do_not_flush:
            self.decoder = _DECODERS[self.encoding](self.fatal)
            self.bom_seen = False
        self.do_not_flush = stream
        try:
            out = self.decoder.decode(data, not stream)
        except _DecodeError:
            self.do_not_flush = False
            throw_type_error(f"The encoded data was not valid for encoding {self.encoding}")
        # serialize I/O queue: a leading BOM is dropped once per stream unless ignoreBOM.
        if out and not self.bom_seen:
            self.bom_seen = True
            if out[0] == "\ufeff" and not self.ignore_bom and self.encoding != "windows-1252":
                out = out[1:]
        return out


def _text_encoder(args: list, new_target: JSObject) -> JSObject:
    return new_instance(new_target, "TextEncoder", TextEncoderObject)


class TextEncoderObject(JSObject):
    __slots__ = ()
    class_name = "TextEncoder"


def _utf8(s: str) -> bytes:
    """The UTF-8 bytes of a USVString (a string without lone surrogates)."""
    return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le").encode("utf-8")


def _encoder_encoding(this: Any, args: list) -> str:
    this_of(this, TextEncoderObject, "TextEncoder")
    return "utf-8"


def _encode(this: Any, args: list) -> JSObject:
    this_of(this, TextEncoderObject, "TextEncoder")
    s = "" if not args or args[0] is None else to_usv_string(args[0])
    return new_uint8_array(s.encode("ascii") if s.isascii() else _utf8(s))


def _encode_into(this: Any, args: list) -> JSObject:
    """TextEncoder.prototype.encodeInto (Encoding 7.4.2): whole characters only."""
    this_of(this, TextEncoderObject, "TextEncoder")
    require_args(args, 2, ("src", "dest"))
    s = to_usv_string(args[0])
    dest = args[1]
    if not (isinstance(dest, TypedArrayObject) and dest.etype.name == "Uint8"):
        throw_type_error('The "dest" argument must be an instance of Uint8Array.')
    if dest.buffer.immutable:
        throw_type_error('The "dest" argument must not be backed by an immutable ArrayBuffer.')
    room = dest.current_length()
    read = written = 0
    out = bytearray()
    i, n = 0, len(s)
    while i < n:
        units = 2 if "\ud800" <= s[i] <= "\udbff" else 1
        chunk = _utf8(s[i:i + units])
        if written + len(chunk) > room:
            break
        out += chunk
        written += len(chunk)
        read += units
        i += units
    if out:
        dest.buffer.data[dest.byte_offset:dest.byte_offset + len(out)] = out
    return read_written_result(read, written)


def _text_decoder(args: list, new_target: JSObject) -> JSObject:
    """new TextDecoder(label = "utf-8", options = {})."""
    label = "utf-8" if not args or args[0] is None else to_string(args[0])
    options = dictionary(args[1] if len(args) > 1 else None)
    encoding = get_an_encoding(label)
    if encoding is None:
        throw_range_error(f'The "{label}" encoding is not supported')
    fatal = member_boolean(options, "fatal")
    ignore_bom = member_boolean(options, "ignoreBOM")
    return new_instance(new_target, "TextDecoder", TextDecoderObject, encoding, fatal, ignore_bom)


def _decode(this: Any, args: list) -> str:
    decoder = this_of(this, TextDecoderObject, "TextDecoder")
    data = b"" if not args or args[0] is None else buffer_source_bytes(args[0], "input")
    options = dictionary(args[1] if len(args) > 1 else None)
    return decoder.decode(data, member_boolean(options, "stream"))


def _decoder_attribute(name: str):
    return lambda this, args: getattr(this_of(this, TextDecoderObject, "TextDecoder"), name)


def setup(realm: Any) -> None:
    _, proto = define_interface(realm, "TextEncoder", 0, _text_encoder)
    attribute(proto, realm, "encoding", _encoder_encoding)
    operation(proto, realm, "encode", 0, _encode)
    operation(proto, realm, "encodeInto", 2, _encode_into)
    _, proto = define_interface(realm, "TextDecoder", 0, _text_decoder)
    for name, field in (("encoding", "encoding"), ("fatal", "fatal"), ("ignoreBOM", "ignore_bom")):
        attribute(proto, realm, name, _decoder_attribute(field))
    operation(proto, realm, "decode", 0, _decode)
