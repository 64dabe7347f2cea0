"""Template literals and tagged templates."""
import pytest

CASES = [
    pytest.param("const n = 3; console.log(`n=${n}, sq=${n * n}, s=${'x'.repeat(n)}`);",
                 "n=3, sq=9, s=xxx", id="substitutions"),
    pytest.param("console.log(`a\\tb|${1}${2}|${''}|${null}|${undefined}|${[1, 2]}|${{}}`);",
                 "a\tb|12||null|undefined|1,2|[object Object]", id="substitution_conversions"),
    pytest.param("console.log(`line1\nline2`.split('\\n').length);", "2", id="multiline"),
    pytest.param("console.log(`outer ${`inner ${1 + 1}`} done`);", "outer inner 2 done",
                 id="nested_templates"),
    pytest.param("""
const o = { toString() { return 'TS'; }, valueOf() { return 'VO'; } };
console.log(`${o}`, '' + o);
""", "TS VO", id="template_uses_tostring"),
    pytest.param("try { `${Symbol('s')}`; } catch (e) { console.log(e.name + ': ' + e.message); }",
                 "TypeError: Cannot convert a Symbol value to a string", id="symbol_in_template"),
    pytest.param("""
function tag(strings, ...vals) { return JSON.stringify({strings, raw: strings.raw, vals}); }
console.log(tag`a${1}b${2}c`);
""", '{"strings":["a","b","c"],"raw":["a","b","c"],"vals":[1,2]}', id="tag_arguments"),
    pytest.param(r"""
function tag(s) { return s[0].length + ':' + s.raw[0].length; }
console.log(tag`\n\u0041`);
console.log(String.raw`a\nb${1}\t`);
""", "2:8\na\\nb1\\t", id="raw_strings"),
    pytest.param(r"""
function tag(s) { return s[0] === undefined ? 'cooked undefined, raw ' + s.raw[0] : 'cooked'; }
console.log(tag`\unicode`);
""", "cooked undefined, raw \\unicode", id="invalid_escape_in_tagged_template"),
    pytest.param("""
const seen = [];
function tag(s) { seen.push(s); return s; }
for (let i = 0; i < 2; i++) tag`same site`;
tag`same site`;
console.log(seen[0] === seen[1], seen[0] === seen[2], Object.isFrozen(seen[0]), Object.isFrozen(seen[0].raw));
""", "true false true true", id="template_object_cached_per_site"),
    pytest.param("""
const obj = { prefix: '>', tag(s, v) { return this.prefix + s[0] + v; } };
console.log(obj.tag`val:${42}`);
""", ">val:42", id="member_tag_keeps_this"),
    pytest.param("""
const html = (s, ...v) => s.reduce((acc, str, i) => acc + str + (i < v.length ? String(v[i]).toUpperCase() : ''), '');
const name = 'world';
console.log(html`<p>hello ${name}, ${'again'}</p>`);
""", "<p>hello WORLD, AGAIN</p>", id="tag_reduce"),
    pytest.param("""
function tag() { return (s) => 'curried:' + s[0]; }
console.log(tag()`x`);
""", "curried:x", id="tag_call_expression"),
]


@pytest.mark.parametrize("src,expected", CASES)
def test_output(run_js, src, expected):
    assert run_js(src) == expected + "\n"


def test_untagged_bad_escape_is_syntax_error(js_error):
    assert js_error(r"`\unicode`").startswith("SyntaxError")
