"""Unicode property escapes (engine/runtime/regexp/properties.py) and u/v matching of subjects
with supplementary characters on Python's ``re`` (pyre.CodePointView)."""
import pytest

from pyjs.engine.runtime.regexp import RegExpSyntaxError, compile_pattern
from pyjs.engine.runtime.regexp.properties import property_set
from pyjs.engine.runtime.regexp.pyre import CodePointView
from pyjs.engine.runtime.values import from_host_str


def has(name, value, ch, v_flag=False):
    return ord(ch) in property_set(name, value, v_flag)


@pytest.mark.parametrize("name, value, ch, expected", [
    ("Script", "Greek", "\u03b1", True),
    ("sc", "Grek", "a", False),
    ("Script", "Inherited", "\u0342", True),          # COMBINING GREEK PERISPOMENI
    ("Script_Extensions", "Greek", "\u0342", True),   # ... whose extensions name Greek
    ("Script", "Greek", "\u0342", False),
    ("scx", "Deva", "\u0951", True),                  # DEVANAGARI STRESS SIGN UDATTA
    ("scx", "Beng", "\u0951", True),
    ("sc", "Qaac", "\u2c80", True),                   # Coptic by its third alias
    ("sc", "Zzzz", "\U000e0080", True),               # unassigned: Unknown
    ("gc", "Lu", "\U0001d400", True),                 # MATHEMATICAL BOLD CAPITAL A
    ("General_Category", "Decimal_Number", "\u0663", True),
    ("Alphabetic", None, "\u0345", True),             # a Mn that is Other_Alphabetic
    ("Lowercase", None, "\u00aa", True),              # a Lo that is Other_Lowercase
    ("Emoji", None, "#", True),
    ("Extended_Pictographic", None, "#", False),
    ("ID_Start", None, "\u2118", True),               # Other_ID_Start
    ("Changes_When_NFKC_Casefolded", None, "\u00ad", True),  # default ignorable
    ("CWKCF", None, "A", True),
    ("CWKCF", None, "\ufb01", True),                  # LATIN SMALL LIGATURE FI (NFKC)
    ("CWKCF", None, "a", False),
    ("Any", None, "\U0010ffff", True),
    ("Assigned", None, "\U000e0080", False),
    ("White_Space", None, "\u3000", True),
])
def test_property_membership(name, value, ch, expected):
    assert has(name, value, ch) is expected


@pytest.mark.parametrize("name, value", [
    ("ascii", None), ("Ascii", None), ("General_Category", "uppercase_letter"),
    ("Script", "latin"), ("Script", "Old Italic"), ("ASCII", "Yes"), ("Script", None),
    ("General_Category", None), ("Block", "Basic_Latin"), ("Lowercase_letter", None),
    ("RGI_Emoji", None),  # a property of strings needs the v flag
    ("Basic_Emoji", "Yes"),
])
def test_names_are_matched_strictly(name, value):
    with pytest.raises(ValueError):
        property_set(name, value)


def test_properties_of_strings():
    rgi = property_set("RGI_Emoji", None, True)
    family = (0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467)
    assert family in rgi.strings
    assert (0x23, 0xFE0F, 0x20E3) in property_set("Emoji_Keycap_Sequence", None, True).strings
    flags = property_set("RGI_Emoji_Flag_Sequence", None, True)
    assert (0x1F1EB, 0x1F1F7) in flags.strings and not flags.ranges
    basic = property_set("Basic_Emoji", None, True)
    assert 0x1F600 in basic and (0x00A9, 0xFE0F) in basic.strings
    assert not property_set("RGI_Emoji_Tag_Sequence", None, True).ranges


def exec_(pattern, flags, subject, start=0):
    rx = compile_pattern(from_host_str(pattern), flags)
    return rx.match(from_host_str(subject), start, sticky=False)


def test_v_flag_string_properties_match_whole_sequences():
    zwj = "\U0001F468\u200D\U0001F469\u200D\U0001F467"
    assert exec_("^\\p{RGI_Emoji}$", "v", zwj) == [0, 8]
    assert exec_("\\p{RGI_Emoji}", "v", "x" + zwj) == [1, 9]  # the longest string first
    assert exec_("^[\\p{RGI_Emoji_Flag_Sequence}--\\q{\U0001F1E9\U0001F1EA}]$", "v", "\U0001F1E9\U0001F1EA") is None


@pytest.mark.parametrize("pattern, flags", [
    ("\\P{RGI_Emoji}", "v"), ("[^\\p{RGI_Emoji}]", "v"), ("\\p{RGI_Emoji}", "u"),
    ("\\p{Script=latin}", "u"), ("\\p{ Lu }", "u"), ("\\p{Lu", "u"), ("\\p{}", "u"),
])
def test_invalid_property_escapes_are_syntax_errors(pattern, flags):
    with pytest.raises(RegExpSyntaxError):
        compile_pattern(from_host_str(pattern), flags)


def test_code_point_view_converts_indices():
    units = from_host_str("a\U0001F600b\ud800c\U0001F601")
    view = CodePointView(units)
    assert view.points == "a\U0001F600b\ud800c\U0001F601"
    assert [view.to_units(i) for i in range(7)] == [0, 1, 3, 4, 5, 6, 8]
    assert view.to_points(2) is None  # inside a surrogate pair
    assert [view.to_points(i) for i in (8, 0, 3, 6, 5)] == [6, 0, 2, 5, 4]


@pytest.mark.parametrize("pattern, subject, start, expected", [
    ("\\p{Emoji_Presentation}", "ab\U0001F600", 0, [2, 4]),
    ("(\\P{L})(\\p{L})", "\U0001F600\U0001D400", 0, [0, 4, 0, 2, 2, 4]),
    ("(?<=\\u{1F600})b", "a\U0001F600b", 0, [3, 4]),
    ("\\ud800", "\U0001F600\ud800", 0, [2, 3]),              # a lone surrogate is a code point
    ("\\ud83d", "\U0001F600", 0, None),                      # half of a pair is not
    ("^[\\p{Any}]{3}$", "\U00010000\ud800\U0010FFFF", 0, [0, 5]),
    ("b|(x)", "\U0001F600b", 0, [2, 3, -1, -1]),
    ("b", "\U0001F600b\U0001F600b", 3, [5, 6]),
    (".", "\U0001F600b", 1, [1, 2]),                         # inside a pair: the backtracking VM
])
def test_unicode_subjects_with_surrogates(pattern, subject, start, expected):
    assert exec_(pattern, "u", subject, start) == expected
