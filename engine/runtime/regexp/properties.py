"""Unicode property escapes \\p{...} (22.2.2.9 UnicodeMatchProperty / UnicodeMatchPropertyValue).

Names and values are matched strictly (no loose matching): property names from ECMA-262's
tables (non-binary, binary, binary properties of strings), values from PropertyValueAliases
(General_Category values below; Script values from ``fontTools.unicodedata.Scripts.NAMES``,
which is generated from the UCD, plus the two extra aliases Qaac and Qaai).

The code point sets come from the Unicode tables of the ``regex`` module, pinned in
pyproject.toml to the releases on Unicode 17 (the version test262 tests): at first use of a
property, ``\\p{...}+`` runs over a string of every code point and the runs it finds are the
ranges (a few milliseconds). ``regex`` lacks Changes_When_NFKC_Casefolded, which is derived
from its definition (toNFKC_Casefold(X) != X): the Default_Ignorable_Code_Points (mapped to
nothing), the characters that change under case folding, and those that NFKC changes
(NFKC_Quick_Check=No).

The properties of strings (v flag) come from the ``emoji`` package's RGI emoji data (the
fully-qualified emoji and components of emoji versions up to ``EMOJI_VERSION``), sorted into
UTS #51's sequence kinds by their structure.
"""
from __future__ import annotations

from .charset import CharSet

EMOJI_VERSION = 17.0  # the emoji version that goes with the Unicode version of ``regex``

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
_GC_VALUES = {**{k: k for k in GENERAL_CATEGORIES}, **{v: k for k, v in GENERAL_CATEGORIES.items()},
              "Combining_Mark": "M", "digit": "Nd", "punct": "P", "cntrl": "Cc"}

# ECMA-262 table "Binary Unicode property aliases": canonical name -> short alias
BINARY_PROPERTIES = {
    "ASCII": None, "ASCII_Hex_Digit": "AHex", "Alphabetic": "Alpha", "Any": None,
    "Assigned": None, "Bidi_Control": "Bidi_C", "Bidi_Mirrored": "Bidi_M",
    "Case_Ignorable": "CI", "Cased": None, "Changes_When_Casefolded": "CWCF",
    "Changes_When_Casemapped": "CWCM", "Changes_When_Lowercased": "CWL",
    "Changes_When_NFKC_Casefolded": "CWKCF", "Changes_When_Titlecased": "CWT",
    "Changes_When_Uppercased": "CWU", "Dash": None, "Default_Ignorable_Code_Point": "DI",
    "Deprecated": "Dep", "Diacritic": "Dia", "Emoji": None, "Emoji_Component": "EComp",
    "Emoji_Modifier": "EMod", "Emoji_Modifier_Base": "EBase", "Emoji_Presentation": "EPres",
    "Extended_Pictographic": "ExtPict", "Extender": "Ext", "Grapheme_Base": "Gr_Base",
    "Grapheme_Extend": "Gr_Ext", "Hex_Digit": "Hex", "IDS_Binary_Operator": "IDSB",
    "IDS_Trinary_Operator": "IDST", "ID_Continue": "IDC", "ID_Start": "IDS", "Ideographic": "Ideo",
    "Join_Control": "Join_C", "Logical_Order_Exception": "LOE", "Lowercase": "Lower", "Math": None,
    "Noncharacter_Code_Point": "NChar", "Pattern_Syntax": "Pat_Syn",
    "Pattern_White_Space": "Pat_WS", "Quotation_Mark": "QMark", "Radical": None,
    "Regional_Indicator": "RI", "Sentence_Terminal": "STerm", "Soft_Dotted": "SD",
    "Terminal_Punctuation": "Term", "Unified_Ideograph": "UIdeo", "Uppercase": "Upper",
    "Variation_Selector": "VS", "White_Space": "space", "XID_Continue": "XIDC", "XID_Start": "XIDS",
}
_BINARY = {**{k: k for k in BINARY_PROPERTIES}, **{v: k for k, v in BINARY_PROPERTIES.items() if v}}
# what ``regex`` is asked for a property it does not have under its UCD name
_DERIVED = {"Changes_When_NFKC_Casefolded": "[\\p{Default_Ignorable_Code_Point}"
                                            "\\p{Changes_When_Casefolded}\\p{NFKC_Quick_Check=No}]"}

# ECMA-262 table "Binary Unicode properties of strings" (v flag only)
STRING_PROPERTIES = ("Basic_Emoji", "Emoji_Keycap_Sequence", "RGI_Emoji_Modifier_Sequence",
                     "RGI_Emoji_Flag_Sequence", "RGI_Emoji_Tag_Sequence", "RGI_Emoji_ZWJ_Sequence",
                     "RGI_Emoji")

_SCRIPT_EXTRA_ALIASES = {"Qaac": "Copt", "Qaai": "Zinh"}  # PropertyValueAliases' third names

_cache: dict = {}


def property_set(name: str, value: str | None, v_flag: bool = False) -> CharSet:
    """The set for \\p{name=value} or \\p{name} (UnicodeMatchProperty, 22.2.2.9.1, and
    UnicodeMatchPropertyValue, 22.2.2.9.2); raises ValueError("Invalid property name")."""
    key = (name, value, v_flag)
    result = _cache.get(key)
    if result is None:
        result = _lookup(name, value, v_flag)
        if result is None:
            raise ValueError("Invalid property name")
        _cache[key] = result
    return result


def is_property_of_strings(name: str) -> bool:
    """Whether \\p{name} is a binary property of strings (never negatable)."""
    return name in STRING_PROPERTIES


def _lookup(name: str, value: str | None, v_flag: bool) -> CharSet | None:
    if value is None:
        # LoneUnicodePropertyNameOrValue: a General_Category value, a binary property, or
        # (v flag) a property of strings
        if name in _GC_VALUES:
            return _code_points("\\p{gc=%s}" % _GC_VALUES[name])
        if name in _BINARY:
            long = _BINARY[name]
            return _code_points(_DERIVED.get(long) or "\\p{%s}" % long)
        if v_flag and name in STRING_PROPERTIES:
            return _emoji_set(name)
        return None
    if name in ("General_Category", "gc"):
        short = _GC_VALUES.get(value)
        return _code_points("\\p{gc=%s}" % short) if short else None
    if name in ("Script", "sc", "Script_Extensions", "scx"):
        code = _script_code(value)
        if code is None:
            return None
        prop = "sc" if name in ("Script", "sc") else "scx"
        return _code_points("\\p{%s=%s}" % (prop, code))
    return None


def _script_code(value: str) -> str | None:
    """The four-letter code of a Script value name or alias, or None."""
    if "scripts" not in _cache:
        from fontTools.unicodedata.Scripts import NAMES
        codes = {**{code: code for code in NAMES}, **{long: code for code, long in NAMES.items()},
                 **_SCRIPT_EXTRA_ALIASES}
        _cache["scripts"] = codes
    return _cache["scripts"].get(value)


def _code_points(pattern: str) -> CharSet | None:
    """The code points ``regex`` matches with ``pattern``, or None if it does not know it."""
    import regex
    everything = _cache.get("all")
    if everything is None:
        everything = _cache["all"] = "".join(map(chr, range(0x110000)))
    try:
        found = regex.finditer("(?:%s)+" % pattern, everything)
        return CharSet([(m.start(), m.end() - 1) for m in found])
    except regex.error:
        return None  # a name of a later Unicode version than the pinned tables


def _emoji_kind(s: str) -> str:
    """Which UTS #51 RGI set an emoji sequence belongs to (ED-14a .. ED-17a, ED-20)."""
    cps = [ord(c) for c in s]
    if 0x200D in cps:
        return "RGI_Emoji_ZWJ_Sequence"
    if any(0xE0020 <= c <= 0xE007F for c in cps):
        return "RGI_Emoji_Tag_Sequence"
    if cps[-1] == 0x20E3:
        return "Emoji_Keycap_Sequence"
    if len(cps) == 2 and all(0x1F1E6 <= c <= 0x1F1FF for c in cps):
        return "RGI_Emoji_Flag_Sequence"
    if len(cps) > 1 and any(0x1F3FB <= c <= 0x1F3FF for c in cps):
        return "RGI_Emoji_Modifier_Sequence"
    return "Basic_Emoji"


def _emoji_set(name: str) -> CharSet:
    """The strings of a property of strings: single code points as ranges, the rest as
    tuples of code points."""
    import emoji
    fully_qualified = emoji.STATUS["fully_qualified"]
    singles, strings = [], set()
    for s, data in emoji.EMOJI_DATA.items():
        if data["status"] > fully_qualified or data["E"] > EMOJI_VERSION:
            continue
        if name != "RGI_Emoji" and _emoji_kind(s) != name:
            continue
        if len(s) == 1:
            singles.append((ord(s), ord(s)))
        else:
            strings.add(tuple(ord(c) for c in s))
    return CharSet(singles, frozenset(strings))
