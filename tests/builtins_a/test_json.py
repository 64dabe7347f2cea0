"""JSON.parse / JSON.stringify, called directly (messages checked against node v20)."""
import pytest

from pyjs.engine.runtime.errors import JSThrow
from pyjs.engine.runtime.values import JSNull
from tests.builtins_a.helpers import arr, invoke, obj, pyfn


def parse(text, *rest):
    return invoke("JSON.parse", None, text, *rest)


def stringify(*args):
    return invoke("JSON.stringify", None, *args)


@pytest.mark.parametrize("text,msg", [
    ("", "Unexpected end of JSON input"),
    ("{", "Expected property name or '}' in JSON at position 1"),
    ("abc", "Unexpected token 'a', \"abc\" is not valid JSON"),
    ("[1,]", "Unexpected token ']', \"[1,]\" is not valid JSON"),
    ('{"a":1}x', "Unexpected non-whitespace character after JSON at position 7"),
    ("[" + "1," * 50 + "x]", "Unexpected token 'x', ...\"1,1,1,1,1,x]\" is not valid JSON"),
    ('"abc', "Unterminated string in JSON at position 4"),
    ('{"a" 1}', "Expected ':' after property name in JSON at position 5"),
    ("[1 2]", "Expected ',' or ']' after array element in JSON at position 3"),
    ("NaN", '"NaN" is not valid JSON'),
    ('"\u0001"', "Bad control character in string literal in JSON at position 1"),
    ('{"a":1,}', "Expected double-quoted property name in JSON at position 7"),
    ("[-]", "No number after minus sign in JSON at position 2"),
    ("01", "Unexpected number in JSON at position 1"),
    ("1.", "Unterminated fractional number in JSON at position 2"),
    ('"\\x"', "Bad escaped character in JSON at position 2"),
    ("tru", "Unexpected end of JSON input"),
    ("x" + "1" * 30, "Unexpected token 'x', \"x111111111\"... is not valid JSON"),
    ("1e", "Exponent part is missing a number in JSON at position 2"),
    ('"\\u12x4"', "Bad Unicode escape in JSON at position 5"),
])
def test_parse_errors(text, msg):
    with pytest.raises(JSThrow) as e:
        parse(text)
    assert e.value.value.get("message") == msg


def test_parse_values():
    v = parse('{"a":[1,2,{"b":null}],"__proto__":1,"1":2,"-0":-0,"big":1e400,"s":"\\ud800"}')
    assert v.own_property_keys() == ["1", "a", "__proto__", "-0", "big", "s"]
    assert v.get("a").get("2").get("b") is JSNull
    assert str(v.get("-0")) == "-0.0" and v.get("big") == float("inf") and v.get("s") == "\ud800"
    assert parse("null") is JSNull and parse(" 5 ") == 5.0


def test_reviver():
    def reviver(key, value, context):  # context: { source } for primitives (JSON.parse source text access)
        if type(value) is float:
            return value * 2
        if key == "drop":
            return None
        return value
    v = parse('{"a":1,"b":[1,2],"drop":"x"}', pyfn(reviver))
    assert stringify(v) == '{"a":2,"b":[2,4]}'


def test_stringify_formats():
    v = parse('{"a":[1,2,{"b":null}],"c":"\\ud800\\u2028\\"\\\\\\u0001"}')
    assert stringify(v, None, 2.0) == ('{\n  "a": [\n    1,\n    2,\n    {\n      "b": null\n    }\n  ],\n'
                                       '  "c": "\\ud800\u2028\\"\\\\\\u0001"\n}')
    assert stringify(arr(None, pyfn(lambda: 1), 1.0, float("nan"), "x")) == '[null,null,1,null,"x"]'
    assert stringify(None) is None
    assert stringify("\ud83d\ude00\udc00") == '"\ud83d\ude00\\udc00"'
    assert stringify(obj(a=1.0, b=2.0, c=3.0), arr("c", "a")) == '{"c":3,"a":1}'
    assert stringify(obj(a=1.0, b="x"), pyfn(lambda k, v: None if k == "b" else v), "--") == '{\n--"a": 1\n}'
    to_json = obj(x=1.0)
    to_json.set("toJSON", pyfn(lambda key: "J" + key), to_json)
    assert stringify(obj(k=to_json)) == '{"k":"Jk"}'


def test_stringify_errors():
    a = obj()
    x = obj()
    a.set("x", x, a)
    x.set("y", a, x)
    with pytest.raises(JSThrow) as e:
        stringify(a)
    assert e.value.value.get("message") == (
        "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n"
        "    |     property 'x' -> object with constructor 'Object'\n    --- property 'y' closes the circle")
    b = arr()
    b.set("0", b, b)
    with pytest.raises(JSThrow) as e:
        stringify(b)
    assert e.value.value.get("message").endswith("--- index 0 closes the circle")
    with pytest.raises(JSThrow) as e:
        stringify(10)
    assert e.value.value.get("message") == "Do not know how to serialize a BigInt"
