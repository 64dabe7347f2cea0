"""Matcher robustness: long subjects, catastrophic patterns under the interrupt hook, syntax errors."""
import pytest

from pyjs.engine.runtime import regexp
from pyjs.engine.runtime.regexp import RegExpSyntaxError, compile_pattern


class Stop(Exception):
    pass


def test_long_subject_greedy_star_does_not_recurse():
    s = "a" * 100000
    for flags in ("", "u", "i"):
        caps = compile_pattern("(a)*b|a*$", flags).match(s, 0, False)
        assert caps[:2] == [0, 100000]


def test_long_subject_group_loop_on_backtracking_matcher():
    s = "ab" * 30000
    rx = compile_pattern("(?:(a)|(b))*$", "")
    assert rx.py is None  # captures inside a loop need our own matcher
    caps = rx.match(s, 0, False)
    assert caps[:2] == [0, 60000] and caps[2:4] == [-1, -1] and caps[4:6] == [59999, 60000]


def test_catastrophic_pattern_is_interrupted():
    rx = compile_pattern("(a+)+b", "")
    assert rx.py is None
    calls = []

    def check():
        calls.append(1)
        if len(calls) > 3:
            raise Stop

    regexp.set_interrupt_check(check)
    try:
        with pytest.raises(Stop):
            rx.match("a" * 40, 0, False)
    finally:
        regexp.set_interrupt_check(None)


@pytest.mark.parametrize("pattern,flags,message", [
    ("(", "", "Unterminated group"),
    ("a**", "", "Nothing to repeat"),
    ("[b-a]", "", "Range out of order in character class"),
    ("\\k<a>", "u", "Invalid named capture referenced"),
    ("(?<a>x)(?<a>y)", "", "Duplicate capture group name"),
    ("\\p{Nope}", "u", "Invalid property name"),
    ("[a-\\d]", "u", "Invalid character class"),
    ("{1}", "u", "Nothing to repeat"),
    ("[(]", "v", "Invalid character in character class"),
    ("[^\\q{ab}]", "v", "Negated character class may contain strings"),
])
def test_syntax_errors(pattern, flags, message):
    with pytest.raises(RegExpSyntaxError, match=message.replace("\\", "\\\\")):
        compile_pattern(pattern, flags)


def test_python_re_used_only_when_safe():
    assert compile_pattern("\\d+-\\w+", "").py is not None
    assert compile_pattern("(?:ab|cd)+x", "g").py is not None
    assert compile_pattern("(?:a|ab)+", "").py is None       # ambiguous alternation in a loop
    assert compile_pattern("(a)\\1", "i").py is None          # backreference under ignore-case
    assert compile_pattern("(a)?\\1", "").py is None          # reference to a group that may not have matched
    assert compile_pattern("(?<=a+)b", "").py is None         # variable-width lookbehind
    assert compile_pattern("(a)\\1", "").py is not None       # a reference to a group that surely matched


def test_sticky_and_start_position():
    rx = compile_pattern("b", "y")
    assert rx.match("ab", 0, True) is None
    assert rx.match("ab", 1, True)[:2] == [1, 2]
    assert compile_pattern("^a", "").match("ba", 1, False) is None
    assert compile_pattern("^a", "m").match("b\na", 1, False)[:2] == [2, 3]
