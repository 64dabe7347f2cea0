"""JSON.parse source text access (proposal-json-parse-with-source, ES2026 draft): JSON Parse
Records for the reviver's ``context.source``, and JSON.rawJSON / JSON.isRawJSON.

The records are built by a second scan of text that JSON.parse has already accepted, paired
with the values it produced, so the scan can assume valid JSON.
"""
from __future__ import annotations

import json as _pyjson
import re
from typing import Any

from ..objects import JSArray, JSObject
from .string import from_code_points

_WS = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")


class ParseRecord:
    """A JSON Parse Record: the value, its source text (primitives only), and the records of
    its elements (array) or entries (object, by key; a later duplicate key wins)."""

    __slots__ = ("value", "source", "elements", "entries")

    def __init__(self, value: Any, source: str | None) -> None:
        self.value = value
        self.source = source
        self.elements: list[ParseRecord] = []
        self.entries: dict[str, ParseRecord] = {}


def create_parse_record(text: str, value: Any) -> ParseRecord:
    """CreateJSONParseRecord for the whole (valid) JSON text and the value parsed from it."""
    record, _ = _scan(text, _WS.match(text, 0).end(), value)
    return record


def _scan(text: str, i: int, value: Any) -> tuple[ParseRecord, int]:
    c = text[i]
    if c == "[":
        record = ParseRecord(value, None)
        i = _WS.match(text, i + 1).end()
        k = 0
        while text[i] != "]":
            element = value.elements[k] if isinstance(value, JSArray) and value.elements is not None else None
            sub, i = _scan(text, i, element)
            record.elements.append(sub)
            k += 1
            i = _WS.match(text, i).end()
            if text[i] == ",":
                i = _WS.match(text, i + 1).end()
        return record, i + 1
    if c == "{":
        record = ParseRecord(value, None)
        i = _WS.match(text, i + 1).end()
        while text[i] != "}":
            m = _STRING.match(text, i)
            key = _pyjson.loads(m.group())
            key = key if key.isascii() else from_code_points(key)
            i = _WS.match(text, m.end()).end() + 1  # the ":"
            i = _WS.match(text, i).end()
            member = value.get_own_property(key) if isinstance(value, JSObject) else None
            sub, i = _scan(text, i, None if member is None else member.value)
            record.entries[key] = sub
            i = _WS.match(text, i).end()
            if text[i] == ",":
                i = _WS.match(text, i + 1).end()
        return record, i + 1
    m = _STRING.match(text, i) if c == '"' else _NUMBER.match(text, i) if c in "-0123456789" else None
    end = m.end() if m is not None else i + (4 if c in "tn" else 5)
    return ParseRecord(value, text[i:end]), end
