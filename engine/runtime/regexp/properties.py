"""Unicode property escapes \\p{...} (22.2.2.9, UnicodeMatchProperty / UnicodeMatchPropertyValue).

General_Category comes from Python's ``unicodedata`` (so it follows Python's Unicode version).
Python has no Script data, so Script is derived from character names (the script's name is the
first word of the character name, "CJK UNIFIED IDEOGRAPH" is Han, combining marks with no
script word are Inherited, other assigned characters are Common). Script_Extensions is
approximated by Script. Both are documented approximations.
"""
from __future__ import annotations

import unicodedata

from .charset import MAX_CP, CharSet

GENERAL_CATEGORIES = {
    "L": "Letter", "LC": "Cased_Letter", "Lu": "Uppercase_Letter", "Ll": "Lowercase_Letter",
    "Lt": "Titlecase_Letter", "Lm": "Modifier_Letter", "Lo": "Other_Letter", "M": "Mark",
    "Mn": "Nonspacing_Mark", "Mc": "Spacing_Mark", "Me": "Enclosing_Mark", "N": "Number",
    "Nd": "Decimal_Number", "Nl": "Letter_Number", "No": "Other_Number", "P": "Punctuation",
    "Pc": "Connector_Punctuation", "Pd": "Dash_Punctuation", "Ps": "Open_Punctuation",
    "Pe": "Close_Punctuation", "Pi": "Initial_Punctuation", "Pf": "Final_Punctuation",
    "Po": "Other_Punctuation", "S": "Symbol", "Sm": "Math_Symbol", "Sc": "Currency_Symbol",
    "Sk": "Modifier_Symbol", "So": "Other_Symbol", "Z": "Separator", "Zs": "Space_Separator",
    "Zl": "Line_Separator", "Zp": "Paragraph_Separator", "C": "Other", "Cc": "Control",
    "Cf": "Format", "Cs": "Surrogate", "Co": "Private_Use", "Cn": "Unassigned",
}
_GC_EXTRA_ALIASES = {"Combining_Mark": "M", "digit": "Nd", "punct": "P", "cntrl": "Cc"}

SCRIPTS = {
    "Latin": "Latn", "Greek": "Grek", "Cyrillic": "Cyrl", "Armenian": "Armn", "Hebrew": "Hebr",
    "Arabic": "Arab", "Syriac": "Syrc", "Thaana": "Thaa", "Devanagari": "Deva", "Bengali": "Beng",
    "Gurmukhi": "Guru", "Gujarati": "Gujr", "Oriya": "Orya", "Tamil": "Taml", "Telugu": "Telu",
    "Kannada": "Knda", "Malayalam": "Mlym", "Sinhala": "Sinh", "Thai": "Thai", "Lao": "Laoo",
    "Tibetan": "Tibt", "Myanmar": "Mymr", "Georgian": "Geor", "Hangul": "Hang", "Ethiopic": "Ethi",
    "Cherokee": "Cher", "Ogham": "Ogam", "Runic": "Runr", "Khmer": "Khmr", "Mongolian": "Mong",
    "Hiragana": "Hira", "Katakana": "Kana", "Bopomofo": "Bopo", "Han": "Hani", "Yi": "Yiii",
    "Gothic": "Goth", "Deseret": "Dsrt", "Tagalog": "Tglg", "Braille": "Brai", "Coptic": "Copt",
    "Common": "Zyyy", "Inherited": "Zinh",
}
_NAME_WORD_TO_SCRIPT = {name.upper(): name for name in SCRIPTS}
_NAME_WORD_TO_SCRIPT.update({"CJK": "Han", "KANGXI": "Han", "IDEOGRAPHIC": "Han", "HIRAGANA": "Hiragana",
                             "KATAKANA-HIRAGANA": "Common", "GEORGIAN": "Georgian"})

_cache: dict = {}


def _category_ranges() -> dict[str, list]:
    if "gc" not in _cache:
        out: dict[str, list] = {}
        start, cur = 0, unicodedata.category(chr(0))
        for c in range(1, MAX_CP + 2):
            cat = unicodedata.category(chr(c)) if c <= MAX_CP else None
            if cat != cur:
                out.setdefault(cur, []).append((start, c - 1))
                start, cur = c, cat
        _cache["gc"] = out
    return _cache["gc"]


def _script_of(c: int, cat: str) -> str:
    if cat in ("Cn", "Co", "Cs"):
        return "Unknown"
    name = unicodedata.name(chr(c), "")
    words = name.split(" ")
    w = words[0]
    if w in ("FULLWIDTH", "HALFWIDTH", "SMALL", "MATHEMATICAL") and len(words) > 1:
        w = words[1]
    script = _NAME_WORD_TO_SCRIPT.get(w)
    if script == "Han" and not (name.startswith("CJK UNIFIED") or name.startswith("CJK COMPATIBILITY IDEOGRAPH")
                                or w in ("KANGXI",)):
        script = "Common"
    if script is None:
        script = "Inherited" if cat in ("Mn", "Me") and w == "COMBINING" else "Common"
    return script


def _script_ranges() -> dict[str, list]:
    if "sc" not in _cache:
        out: dict[str, list] = {}
        start, cur = 0, None
        for c in range(0, MAX_CP + 2):
            sc = _script_of(c, unicodedata.category(chr(c))) if c <= MAX_CP else None
            if sc != cur:
                if cur is not None:
                    out.setdefault(cur, []).append((start, c - 1))
                start, cur = c, sc
        _cache["sc"] = out
    return _cache["sc"]


def _gc_set(short: str) -> CharSet:
    ranges = _category_ranges()
    if short == "LC":
        return CharSet(ranges.get("Lu", []) + ranges.get("Ll", []) + ranges.get("Lt", []))
    if len(short) == 1:
        return CharSet([r for k, v in ranges.items() if k[0] == short for r in v])
    return CharSet(ranges.get(short, []))


def _gc_short(value: str) -> str | None:
    if value in GENERAL_CATEGORIES:
        return value
    for k, v in GENERAL_CATEGORIES.items():
        if v == value:
            return k
    return _GC_EXTRA_ALIASES.get(value)


def _script_name(value: str) -> str | None:
    if value in SCRIPTS:
        return value
    for k, v in SCRIPTS.items():
        if v == value:
            return k
    return None


def _binary(name: str) -> CharSet | None:
    gc = _gc_set
    if name == "Any":
        return CharSet([(0, MAX_CP)])
    if name == "ASCII":
        return CharSet([(0, 0x7F)])
    if name == "Assigned":
        return gc("Cn").complement()
    if name in ("ASCII_Hex_Digit", "AHex"):
        return CharSet([(0x30, 0x39), (0x41, 0x46), (0x61, 0x66)])
    if name in ("Hex_Digit", "Hex"):
        return CharSet([(0x30, 0x39), (0x41, 0x46), (0x61, 0x66), (0xFF10, 0xFF19), (0xFF21, 0xFF26),
                        (0xFF41, 0xFF46)])
    if name in ("Alphabetic", "Alpha"):  # approximation: letters, letter numbers, spacing marks
        return gc("L").union(gc("Nl")).union(gc("Mc"))
    if name in ("Uppercase", "Upper"):
        return gc("Lu")
    if name in ("Lowercase", "Lower"):
        return gc("Ll")
    if name in ("White_Space", "space"):
        return CharSet([(0x09, 0x0D), (0x20, 0x20), (0x85, 0x85)]).union(gc("Z"))
    if name in ("ID_Start", "IDS"):
        return gc("L").union(gc("Nl"))
    if name in ("ID_Continue", "IDC"):
        return gc("L").union(gc("Nl")).union(gc("Mn")).union(gc("Mc")).union(gc("Nd")).union(gc("Pc"))
    return None


def property_set(name: str, value: str | None) -> CharSet:
    """The set for \\p{name=value} or \\p{name}; raises ValueError("Invalid property name")."""
    key = (name, value)
    if key in _cache:
        return _cache[key]
    result = None
    if value is None:
        short = _gc_short(name)
        result = _gc_set(short) if short else _binary(name)
    elif name in ("General_Category", "gc"):
        short = _gc_short(value)
        if short:
            result = _gc_set(short)
    elif name in ("Script", "sc", "Script_Extensions", "scx"):
        sc = _script_name(value)
        if sc:
            result = CharSet(_script_ranges().get(sc, []))
    if result is None:
        raise ValueError("Invalid property name")
    _cache[key] = result
    return result
