"""Fast paths of the regexp engine and the RegExp built-ins, against node v20.

* Patterns translated to Python's ``re`` (engine/runtime/regexp/pyre.py): backreferences to
  groups that certainly matched, fixed-width lookbehinds, loops whose bodies are deterministic
  within the loop, and the patterns that must stay on the backtracking matcher; every row is
  checked on both matchers. A seeded differential run compares the two matchers on random
  patterns of the translated kinds.
* The RegExp built-ins' fast paths (engine/runtime/builtins/regexp.py): lastIndex read and
  written in place, match arrays built with a precomputed shape, the flags getter and the
  species construction of @@split / @@matchAll skipped for plain RegExps; each JS case also
  covers the changes that must disable them. ``pytest --tier=node`` checks the expectations.
"""
import random

import pytest

from pyjs.engine.runtime.regexp import compile_pattern

# pattern, flags, subject, node's captures (d-flag indices, flattened; -1 for undefined) or
# None, and whether the pattern runs on Python's re
ENGINE_CASES = [
    ("\\b(again|really|very|much) \\1\\b", "g", "it is very very much much good", [6, 15, 6, 10], True),
    ("(a)(b)\\2\\1", "", "xabba", [1, 5, 1, 2, 2, 3], True),
    ("((a)b)\\2", "", "aba abab", [0, 3, 0, 2, 0, 1], True),
    ("(?:(a)\\1|b)c", "", "bc aac", [0, 2, -1, -1], True),
    ("(\\w+)\\s\\1", "u", "hello hello", [0, 11, 0, 5], True),
    ("(x)\\1", "", "x", None, True),
    ("(a)?\\1b", "", "b", [0, 1, -1, -1], False),
    ("(?:(a)|b)\\1c", "", "bc", [0, 2, -1, -1], False),
    ("\\1(a)", "", "aa", [0, 1, 0, 1], False),
    ("(a\\1)", "", "aa", [0, 1, 0, 1], False),
    ("(a)\\1", "i", "aA", [0, 2, 0, 1], False),
    ("(?<n>a)\\k<n>", "", "baa", [1, 3, 1, 2], True),
    ("(?<=[\\s\"])(?:the|an?)(?=[\\s\"])", "g", "\"the\" an a x the", [1, 4], True),
    ("(?<=[\\s\"])(?:THE|AN?)(?=[\\s\"])", "gi", "\"the\" An a x thE", [1, 4], True),
    ("(?<!\\$)\\b\\d+", "", "$10 20", [4, 6], True),
    ("(?<=ab|ba)c", "", "xbac", [3, 4], True),
    ("(?<=a{2})b", "", "ab aab", [5, 6], True),
    ("(?<=^|,)x", "m", "a\nx,x", [2, 3], False),
    ("(?<=\\b)a", "", "ba a", [3, 4], True),
    ("(?<=a+)b", "", "aab", [2, 3], False),
    ("(?<=(a))b", "", "ab", [1, 2, 0, 1], False),
    ("(?<=a|bc)d", "", "bcd", [2, 3], False),
    ("\\b([a-z]+)\\.([a-z]+)(\\d+)@((?:[a-z-]+\\.)+[a-z]{2,})\\b", "g", "x the.fox12@mail.test.org y", [2, 25, 2, 5, 6, 9, 9, 11, 12, 25], True),
    ("(https?):\\/\\/([^\\/\\s?#]+)((?:\\/[\\w.-]*)*)", "", "see http://www.uni.edu/a/b.html?x", [4, 31, 4, 8, 11, 22, 22, 31], True),
    ("(?:a+b)+c", "", "abaabc", [0, 6], True),
    ("(?:a?b)+", "", "babbab", [0, 6], True),
    ("(?:a*?b)+?c", "", "aabbc", [0, 5], True),
    ("(?:-[a-z]{1,3})+$", "", "-ab-cde-f", [0, 9], True),
    ("(?:a+)+b", "", "aaab", [0, 4], False),
    ("(?:a*b*)+c", "", "abc", [0, 3], False),
    ("(?:a*a)+b", "", "aaab", [0, 4], False),
    ("(?:ab*)+b", "", "abbb", [0, 4], True),
    ("(?:[ab]+b)+", "", "abab", [0, 4], False),
    ("\\B", "", "", [0, 0], True),
    ("^\\B$", "", "", [0, 0], True),
]


def _vm_match(rx, s, start, sticky):
    py, rx.py = rx.py, None
    try:
        return rx.match(s, start, sticky)
    finally:
        rx.py = py


@pytest.mark.parametrize("pattern,flags,subject,expected,translated", ENGINE_CASES)
def test_engine_matches_node_on_both_matchers(pattern, flags, subject, expected, translated):
    rx = compile_pattern(pattern, flags)
    assert (rx.py is not None) == translated
    assert rx.match(subject, 0, "y" in flags) == expected
    assert _vm_match(rx, subject, 0, "y" in flags) == expected


_ATOMS = ["a", "b", "-", "/", "[ab]", "[^a]", "\\w", "\\s", "[/-]", ".", "[^/]", "A", "\\d", "[a-]"]
_QUANTIFIERS = ["", "", "*", "+", "?", "{2}", "{1,2}", "{0,3}", "{2,}", "*?", "+?", "??"]
_LOOKS = ["a", "[ab]", "\\s", "a.", "ab|ba", "\\b[ab]", "(?:a|-){2}", "^a", "a$", "a+"]


def _random_pattern(r: random.Random) -> str:
    def body():
        return "".join(r.choice(_ATOMS) + r.choice(_QUANTIFIERS) for _ in range(r.randint(1, 4)))
    parts, groups = [], 0
    for _ in range(r.randint(1, 5)):
        c = r.random()
        if c < 0.3:
            groups += 1
            parts.append("(" + body() + ")")
        elif c < 0.55:
            parts.append("(?:" + body() + ")" + r.choice(["*", "+", "?", "{1,3}", "{2,}", "*?", "+?"]))
        elif c < 0.7 and groups:
            parts.append("\\" + str(r.randint(1, groups)))
        elif c < 0.85:
            parts.append(r.choice(["(?<=", "(?<!", "(?=", "(?!"]) + r.choice(_LOOKS) + ")")
        elif c < 0.9 and groups:
            parts.append("(?:" + body() + "\\" + str(r.randint(1, groups)) + "|" + body() + ")")
        else:
            parts.append(r.choice(_ATOMS) + r.choice(_QUANTIFIERS))
    return "".join(parts)


@pytest.mark.parametrize("seed", range(4))
def test_translation_agrees_with_backtracking_matcher(seed):
    r = random.Random(seed)
    translated = 0
    for _ in range(150):
        pattern, flags = _random_pattern(r), r.choice(["", "i", "m", "u", "s", "iu"])
        rx = compile_pattern(pattern, flags)
        if rx.py is None:
            continue
        translated += 1
        for _ in range(4):
            s = "".join(r.choice("ab-/ A\n1") for _ in range(r.randint(0, 12)))
            for start in range(len(s) + 1):
                for sticky in (False, True):
                    assert rx.match(s, start, sticky) == _vm_match(rx, s, start, sticky), (pattern, flags, s, start)
    assert translated > 30


def test_loop_translation_stays_polynomial():
    """Loops the translator accepts backtrack at most once per exit point (no blow-up on a
    subject that almost matches); ambiguous ones stay on the interruptible matcher."""
    assert compile_pattern("(?:[a-z-]+\\.)+[a-z]{2,}\\b", "").match("a." * 5000, 0, True) is None
    for pattern in ("(?:a+)+b", "(?:a*b*)+c", "(?:a*a)+b", "(?:[ab]+b)+", "(?:a|ab)+c", "(?:a?)+b"):
        assert compile_pattern(pattern, "").py is None, pattern


JS_CASES = {
    "overridden_exec": (
        '// overridden exec on the prototype is used by replace, split, test, match, matchAll\nconst orig = RegExp.prototype.exec;\nlet calls = 0;\nRegExp.prototype.exec = function (s) { calls++; return orig.call(this, s); };\nconsole.log("a-b-c".replace(/-/g, "+"), calls > 0);\ncalls = 0; console.log("a-b-c".split(/-/).join("|"), calls > 0);\ncalls = 0; console.log(/b/.test("abc"), calls);\ncalls = 0; console.log("xaxa".match(/a/g).length, calls);\ncalls = 0; console.log([..."xaxa".matchAll(/a/g)].length, calls);\nRegExp.prototype.exec = orig;\n// an own exec on the instance\nconst r = /a/g;\nr.exec = function () { return null; };\nconsole.log("aaa".replace(r, "b"), r.test("a"));\n',
        'a+b+c true\na|b|c true\ntrue 1\n2 3\n2 3\naaa false\n',
    ),
    "last_index": (
        '// lastIndex: read-only, with valueOf, past the end, on sticky and global regexps\nconst r = /a/g;\nObject.defineProperty(r, "lastIndex", { writable: false });\ntry { r.exec("aa"); console.log("no throw"); } catch (e) { console.log(e instanceof TypeError); }\ntry { "aa".replace(r, "b"); console.log("no throw"); } catch (e) { console.log(e instanceof TypeError); }\nconst n = /a/;\nObject.defineProperty(n, "lastIndex", { value: 5, writable: false });\nconsole.log(n.exec("xa").index, n.lastIndex);\nconst v = /a/;\nlet reads = 0;\nv.lastIndex = { valueOf() { reads++; return 1; } };\nconsole.log(v.exec("aa").index, reads, typeof v.lastIndex);\nconst g = /a/g;\ng.lastIndex = { valueOf() { return 1; } };\nconsole.log(g.exec("aa").index, g.lastIndex);\ng.lastIndex = 3;\nconsole.log(g.exec("aa"), g.lastIndex);\nconst y = /a/y;\ny.lastIndex = 1;\nconsole.log(y.exec("ab"), y.lastIndex, (y.lastIndex = 0, y.exec("ab").index), y.lastIndex);\nconst e = /x*/g;\nconsole.log(JSON.stringify("abc".replace(e, "-")), "abc".split(/x*/).join(","), e.exec("abc").index, e.lastIndex);\nconst u = /(?:)/gu;\nconsole.log(JSON.stringify("\\ud83d\\ude00x".replace(u, "-")), "\\ud83d\\ude00x".split(/(?:)/u).length, "\\ud83d\\ude00x".split(/(?:)/).length);\n',
        'true\ntrue\n1 5\n0 1 object\n1 2\nnull 0\nnull 0 0 1\n"-a-b-c-" a,b,c 0 0\n"-😀-x-" 2 3\n',
    ),
    "match_arrays": (
        '// match arrays: own keys, attributes, groups\nconst m = /(a)(?<n>b)?/.exec("xab");\nconsole.log(JSON.stringify(Object.getOwnPropertyNames(m)), m.index, m.input, JSON.stringify(m.groups));\nconsole.log(JSON.stringify(Object.getOwnPropertyDescriptor(m, "index")));\nm.index = 7; delete m.input; m.extra = 1;\nconsole.log(m.index, m.input, JSON.stringify(Object.keys(m)));\nconst m2 = /(a)(b)?/.exec("ac");\nconsole.log(m2.length, m2[2], m2.groups, "groups" in m2, Object.getPrototypeOf(m2) === Array.prototype);\nconst d = /(?<x>a)/d.exec("ba");\nconsole.log(JSON.stringify(d.indices), JSON.stringify(d.indices.groups), JSON.stringify(Object.keys(d)));\nconst ms = "a1b2".matchAll(/(\\d)/g);\nconsole.log(JSON.stringify([...ms].map(x => [x[0], x[1], x.index])));\n',
        '["0","1","2","length","index","input","groups"] 1 xab {"n":"b"}\n{"value":1,"writable":true,"enumerable":true,"configurable":true}\n7 undefined ["0","1","2","index","groups","extra"]\n3 undefined undefined true true\n[[1,2],[1,2]] {"x":[1,2]} ["0","1","index","input","groups","indices"]\n[["1","1",1],["2","2",3]]\n',
    ),
    "flags_getters": (
        '// flags: the built-in getters are read unless changed\nconst r = /a/gimsuy;\nconsole.log(r.flags, /b/dv.flags, /c/.flags);\nconst o = /x/g;\nObject.defineProperty(o, "flags", { value: "" });\nconsole.log("xx".split(o).length, o.flags);\nconst p = /x/;\nObject.defineProperty(p, "global", { value: true });\nconsole.log(p.flags, "x-x".split(p).join("|"), JSON.stringify("x-x".match(/x/y)));\nconst log = [];\nObject.defineProperty(RegExp.prototype, "sticky", { get() { log.push("sticky"); return false; }, configurable: true });\nconsole.log(/a/y.flags, log.join());\nconsole.log("a,a".split(/,/).join("|"), log.length > 0);\ndelete RegExp.prototype.sticky;\nconsole.log(/a/y.flags);\n',
        'gimsuy dv \n3 \ng |-| ["x"]\n sticky\na|a true\n\n',
    ),
    "species_and_match": (
        '// species and @@match: constructing the splitter / matchAll matcher is observable when changed\nconst log = [];\nclass R extends RegExp {\n  constructor(p, f) { log.push("ctor " + f); super(p, f); }\n}\nconst r = new R("-", "g");\nlog.length = 0;\nconsole.log("a-b".split(r).join("|"), log.join());\nlog.length = 0;\nconsole.log([..."a-b-".matchAll(r)].length, log.join());\nconst s = /-/;\ns.constructor = function (p, f) { log.push("own ctor"); return new RegExp(p, f); };\ns.constructor[Symbol.species] = s.constructor;\nlog.length = 0;\nconsole.log("a-b".split(s).join("|"), log.join());\nconst saved = Object.getOwnPropertyDescriptor(RegExp, Symbol.species);\nObject.defineProperty(RegExp, Symbol.species, { get() { log.push("species"); return undefined; }, configurable: true });\nlog.length = 0;\nconsole.log("a-b".split(/-/).join("|"), log.join());\nObject.defineProperty(RegExp, Symbol.species, saved);\nconst m = Object.getOwnPropertyDescriptor(RegExp.prototype, Symbol.match);\nObject.defineProperty(RegExp.prototype, Symbol.match, { get() { log.push("@@match"); return m.value; }, configurable: true });\nlog.length = 0;\nconsole.log("a-b".split(/-/).join("|"), log.join());\nObject.defineProperty(RegExp.prototype, Symbol.match, m);\n// the order of the reads on a generic object: constructor, @@species, then flags\nconst obj = {\n  get constructor() { log.push("constructor"); return undefined; },\n  get flags() { log.push("flags"); return ""; },\n  source: "-",\n};\nlog.length = 0;\ntry { RegExp.prototype[Symbol.split].call(obj, "a-b"); } catch (e) { log.push(e.constructor.name); }\nconsole.log(log.join());\nlog.length = 0;\nconsole.log(RegExp.prototype[Symbol.matchAll].call(obj, "a-b").next().value[0], log.join());\n',
        'a|b ctor gy\n2 ctor g\na|b own ctor\na|b species\na|b @@match\nconstructor,flags\nb constructor,flags\n',
    ),
    "translated_patterns": (
        '// patterns run on Python\'s re: backreferences, lookbehind, loops (results as in node)\nconst cases = [\n  [/\\b(again|really|very|much) \\1\\b/g, "it is very very much much good really  really"],\n  [/(a)?\\1b/g, "b ab aab"],\n  [/(?:(a)|b)\\1c/g, "bc aac"],\n  [/(a)\\1/gi, "aA AA ab"],\n  [/(?<=[\\s"])(?:the|an?)(?=[\\s"])/g, \'"the" an a x the \'],\n  [/(?<=[\\s"])(?:THE|AN?)(?=[\\s"])/gi, \'"the" An a x thE \'],\n  [/(?<=a+)b/g, "ab aab b"],\n  [/(?<=(a))b/g, "ab b"],\n  [/\\b([a-z]+)\\.([a-z]+)(\\d+)@((?:[a-z-]+\\.)+[a-z]{2,})\\b/g, "x the.fox12@mail.test.org y a.b1@c-d.e.fg"],\n  [/(?:\\/[\\w.-]*)*/g, "/a/b.c//d"],\n  [/(?:a+)+b/g, "aab ab"],\n  [/(?:a+b)+c/g, "abaabc abc"],\n  [/\\B/g, ""],\n  [/(?:(a)|b)+/g, "ab ba"],\n];\nfor (const [re, s] of cases) {\n  const out = [];\n  let m;\n  while ((m = re.exec(s)) !== null) {\n    out.push(m.index + ":" + JSON.stringify(Array.from(m)));\n    if (m[0] === "") re.lastIndex++;\n  }\n  console.log(re.source, out.join(" "));\n}\nconsole.log("the cat".replace(/(?<=t)h/u, "H"), "aXbX".split(/(?<=b)X/).join("|"));\n',
        '\\b(again|really|very|much) \\1\\b 6:["very very","very"] 16:["much much","much"]\n(a)?\\1b 0:["b",null] 3:["b",null] 5:["aab","a"]\n(?:(a)|b)\\1c 0:["bc",null] 3:["aac","a"]\n(a)\\1 0:["aA","a"] 3:["AA","A"]\n(?<=[\\s"])(?:the|an?)(?=[\\s"]) 1:["the"] 6:["an"] 9:["a"] 13:["the"]\n(?<=[\\s"])(?:THE|AN?)(?=[\\s"]) 1:["the"] 6:["An"] 9:["a"] 13:["thE"]\n(?<=a+)b 1:["b"] 5:["b"]\n(?<=(a))b 1:["b","a"]\n\\b([a-z]+)\\.([a-z]+)(\\d+)@((?:[a-z-]+\\.)+[a-z]{2,})\\b 2:["the.fox12@mail.test.org","the","fox","12","mail.test.org"] 28:["a.b1@c-d.e.fg","a","b","1","c-d.e.fg"]\n(?:\\/[\\w.-]*)* 0:["/a/b.c//d"] 9:[""]\n(?:a+)+b 0:["aab"] 4:["ab"]\n(?:a+b)+c 0:["abaabc"] 7:["abc"]\n\\B 0:[""]\n(?:(a)|b)+ 0:["ab",null] 3:["ba","a"]\ntHe cat aXb|\n',
    ),
}


@pytest.mark.parametrize("name", list(JS_CASES))
def test_builtin_fast_paths_match_node(run_js, name):
    source, expected = JS_CASES[name]
    assert run_js(source) == expected
