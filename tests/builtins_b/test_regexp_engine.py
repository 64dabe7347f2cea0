"""The regexp engine (engine.runtime.regexp) against expectations recorded from node v20.

Each row: pattern, flags, subject, and node's exec result {index, caps, groups} or null, or the
SyntaxError message. Patterns and subjects are host strings (converted to UTF-16 code units here); expected
captures are written with surrogate escapes, as code units.
"""
import pytest

from pyjs.engine.runtime.regexp import RegExpSyntaxError, compile_pattern
from pyjs.engine.runtime.values import from_host_str

null = None

CASES = [
    ("a", "", "bab", {"index": 1, "caps": ["a"], "groups": null}),
    ("(a)|b", "", "b", {"index": 0, "caps": ["b", null], "groups": null}),
    ("(?:|a)*", "", "aaa", {"index": 0, "caps": ["aaa"], "groups": null}),
    ("(?:(a)|b)+", "", "ab", {"index": 0, "caps": ["ab", null], "groups": null}),
    ("(a)|\\1b", "", "b", {"index": 0, "caps": ["b", null], "groups": null}),
    ("(?<=(\\d+)(\\d+))$", "", "1053", {"index": 4, "caps": ["", "1", "053"], "groups": null}),
    ("(?<=\\$)\\d+(\\.\\d*)?", "", "cost $10.53", {"index": 6, "caps": ["10.53", ".53"], "groups": null}),
    ("(?<!\\$)\\b\\d+", "", "$10 20", {"index": 4, "caps": ["20"], "groups": null}),
    ("(\\w+)\\s(\\w+)", "", "John Smith", {"index": 0, "caps": ["John Smith", "John", "Smith"], "groups": null}),
    ("^abc$", "m", "x\nabc\ny", {"index": 2, "caps": ["abc"], "groups": null}),
    ("a.c", "s", "a\nc", {"index": 0, "caps": ["a\nc"], "groups": null}),
    ("a.c", "", "a\nc", null),
    ("ABC", "i", "xabcx", {"index": 1, "caps": ["abc"], "groups": null}),
    ("[a-z]+", "i", "12HeLLo3", {"index": 2, "caps": ["HeLLo"], "groups": null}),
    ("\\u017f", "i", "s", null),
    ("\\u212a", "iu", "k", {"index": 0, "caps": ["k"], "groups": null}),
    ("\\u212a", "i", "k", null),
    ("\u00df", "iu", "\u1e9e", {"index": 0, "caps": ["\u1e9e"], "groups": null}),
    ("(a+)+b", "", "aaab", {"index": 0, "caps": ["aaab", "aaa"], "groups": null}),
    ("(a*)*b", "", "aab", {"index": 0, "caps": ["aab", "aa"], "groups": null}),
    ("(a*)+?b", "", "aab", {"index": 0, "caps": ["aab", "aa"], "groups": null}),
    ("(?=(a+))a*b\\1", "", "baaabac", {"index": 3, "caps": ["aba", "a"], "groups": null}),
    ("(?=(a+))", "", "baaabac", {"index": 1, "caps": ["", "aaa"], "groups": null}),
    ("(.*?)a(?!(a+)b\\2c)\\2(.*)", "", "baaabaac", {"index": 0, "caps": ["baaabaac", "ba", null, "abaac"], "groups": null}),
    ("(z)((a+)?(b+)?(c))*", "", "zaacbbbcac", {"index": 0, "caps": ["zaacbbbcac", "z", "ac", "a", null, "c"], "groups": null}),
    ("\\d{2,4}", "", "1 12345", {"index": 2, "caps": ["1234"], "groups": null}),
    ("\\d{2,4}?", "", "12345", {"index": 0, "caps": ["12"], "groups": null}),
    ("x*", "", "abc", {"index": 0, "caps": [""], "groups": null}),
    ("\\bfoo\\b", "", "a foo b", {"index": 2, "caps": ["foo"], "groups": null}),
    ("(?<year>\\d{4})-(?<month>\\d{2})", "", "on 2024-05-01", {"index": 3, "caps": ["2024-05", "2024", "05"], "groups": {"year": "2024", "month": "05"}}),
    ("\\k<a>(?<a>x)", "", "xx", {"index": 0, "caps": ["x", "x"], "groups": {"a": "x"}}),
    ("(?<a>.)\\k<a>", "", "abccd", {"index": 2, "caps": ["cc", "c"], "groups": {"a": "c"}}),
    ("[\\d-z]+", "", "1-z", {"index": 0, "caps": ["1-z"], "groups": null}),
    ("\\cJ", "", "\n", {"index": 0, "caps": ["\n"], "groups": null}),
    ("[\\b]", "", "\b", {"index": 0, "caps": ["\b"], "groups": null}),
    ("\\0", "", "\u0000", {"index": 0, "caps": ["\u0000"], "groups": null}),
    ("\\1(a)", "", "aa", {"index": 0, "caps": ["a", "a"], "groups": null}),
    ("\\8", "", "8", {"index": 0, "caps": ["8"], "groups": null}),
    ("a{,5}", "", "a{,5}", {"index": 0, "caps": ["a{,5}"], "groups": null}),
    ("x]", "", "x]", {"index": 0, "caps": ["x]"], "groups": null}),
    ("\\p{Lu}+", "u", "abcDEFg", {"index": 3, "caps": ["DEF"], "groups": null}),
    ("\\p{Script=Greek}+", "u", "abc \u03b1\u03b2\u03b3", {"index": 4, "caps": ["\u03b1\u03b2\u03b3"], "groups": null}),
    ("\\P{L}+", "u", "abc123def", {"index": 3, "caps": ["123"], "groups": null}),
    ("^.$", "u", "\ud83d\ude00", {"index": 0, "caps": ["\ud83d\ude00"], "groups": null}),
    ("^.$", "", "\ud83d\ude00", null),
    ("^..$", "", "\ud83d\ude00", {"index": 0, "caps": ["\ud83d\ude00"], "groups": null}),
    ("[\ud83d\ude00]", "u", "x\ud83d\ude00", {"index": 1, "caps": ["\ud83d\ude00"], "groups": null}),
    ("\\u{1F600}", "u", "\ud83d\ude00", {"index": 0, "caps": ["\ud83d\ude00"], "groups": null}),
    ("[^a]", "u", "\ud83d\ude00", {"index": 0, "caps": ["\ud83d\ude00"], "groups": null}),
    ("[\\p{L}--[a-z]]+", "v", "abcDEF", {"index": 3, "caps": ["DEF"], "groups": null}),
    ("[[a-z]&&[^aeiou]]+", "v", "aeixyz", {"index": 3, "caps": ["xyz"], "groups": null}),
    ("[\\q{abc|d}x]+", "v", "abcdxabq", {"index": 0, "caps": ["abcdx"], "groups": null}),
    ("(?<!a)b", "", "ab cb", {"index": 4, "caps": ["b"], "groups": null}),
    ("(?<=a(?=b)b)c", "", "abc", {"index": 2, "caps": ["c"], "groups": null}),
    ("(?<=(a)(b))c", "", "abc", {"index": 2, "caps": ["c", "a", "b"], "groups": null}),
    ("(?<=\\1(a))b", "", "aab", {"index": 2, "caps": ["b", "a"], "groups": null}),
    ("(a)|(b)", "g", "b", {"index": 0, "caps": ["b", null, "b"], "groups": null}),
    ("(?:a|b)*c", "", "ababc", {"index": 0, "caps": ["ababc"], "groups": null}),
    ("(?:ab|cd)+", "", "xabcdab", {"index": 1, "caps": ["abcdab"], "groups": null}),
    ("$", "", "a\n", {"index": 2, "caps": [""], "groups": null}),
    ("a$", "", "a\n", null),
    ("\\s+", "", "a \ufeff\u00a0b", {"index": 1, "caps": [" \ufeff\u00a0"], "groups": null}),
    ("\\w+", "i", "\u017fK", {"index": 1, "caps": ["K"], "groups": null}),
    ("\\w+", "iu", "\u017fK", {"index": 0, "caps": ["\u017fK"], "groups": null}),
    ("\\W", "iu", "S", null),
    ("(a)?(b)?c\\2", "", "ac", {"index": 0, "caps": ["ac", "a", null], "groups": null}),
    ("(?:a?)*?b", "", "aab", {"index": 0, "caps": ["aab"], "groups": null}),
    ("(a|ab)(c|bcd)(d*)", "", "abcd", {"index": 0, "caps": ["abcd", "a", "bcd", ""], "groups": null}),
    ("[^]", "", "\n", {"index": 0, "caps": ["\n"], "groups": null}),
    ("[]", "", "a", null),
    ("a|", "", "b", {"index": 0, "caps": [""], "groups": null}),
    ("(?:)", "", "x", {"index": 0, "caps": [""], "groups": null}),
    ("^(?:a+|b)+$", "", "aaab", {"index": 0, "caps": ["aaab"], "groups": null}),
    ("\\Bx", "", "ax x", {"index": 1, "caps": ["x"], "groups": null}),
    ("[A-z]", "i", "_", {"index": 0, "caps": ["_"], "groups": null}),
    ("[^x]", "i", "X", null),
    ("[\\u00e0-\\u00ff]+", "i", "\u00c0\u00c9", {"index": 0, "caps": ["\u00c0\u00c9"], "groups": null}),
    ("\\u0130", "i", "i", null),
    ("i", "iu", "\u0130", null),
    ("(.)(?<=\\1\\1)", "", "abbc", {"index": 2, "caps": ["b", "b"], "groups": null}),
    ("(?=a)*a", "", "a", {"index": 0, "caps": ["a"], "groups": null}),
    ("a{2}", "", "aaa", {"index": 0, "caps": ["aa"], "groups": null}),
    ("a+", "", "aaa", {"index": 0, "caps": ["aaa"], "groups": null}),
    ("\\x41\\u0042\\103", "", "ABC", {"index": 0, "caps": ["ABC"], "groups": null}),
    ("[\\x41-\\x43]+", "", "ABCD", {"index": 0, "caps": ["ABC"], "groups": null}),
    ("\\u{41}", "", "uuu", null),
    ("\\c", "", "\\c", {"index": 0, "caps": ["\\c"], "groups": null}),
    ("[\\c_]", "", "\u001f", {"index": 0, "caps": ["\u001f"], "groups": null}),
    ("a(?:b|c|d){6,7}?(.)", "", "acbdbcdbce", {"index": 0, "caps": ["acbdbcdb", "b"], "groups": null}),
    ("(a)(?:(b)|c)*", "", "abc", {"index": 0, "caps": ["abc", "a", null], "groups": null}),
]


def exec_like_node(p: str, f: str, s: str):
    try:
        rx = compile_pattern(p, f)
    except RegExpSyntaxError as e:
        return {"error": f"Invalid regular expression: /{p}/{f}: {e}"}
    caps = rx.match(s, 0, "y" in f)
    if caps is None:
        return None
    res = [s[caps[2 * i]:caps[2 * i + 1]] if caps[2 * i] >= 0 else None for i in range(rx.ngroups + 1)]
    groups = None
    if rx.names:
        groups = {}
        for name, idx in rx.names.items():
            groups[name] = next((s[caps[2 * i]:caps[2 * i + 1]] for i in idx if caps[2 * i] >= 0), None)
    return {"index": caps[0], "caps": res, "groups": groups}


@pytest.mark.parametrize("pattern,flags,subject,expected", CASES)
def test_exec_matches_node(pattern, flags, subject, expected):
    got = exec_like_node(from_host_str(pattern), flags, from_host_str(subject))
    assert got == expected
