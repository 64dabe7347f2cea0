"""String built-ins, called directly (expected values checked against node v20)."""
import pytest

from pyjs.engine.runtime.errors import JSThrow
from tests.builtins_a.helpers import arr, get_path, invoke, obj, pyfn, realm


def s(method, this, *args):
    return invoke(f"String.prototype.{method}", this, *args)


def stringify(v):
    return invoke("JSON.stringify", None, v)


def test_split():
    got = [s("split", "a,b,,c", ","), s("split", "abc", ""), s("split", "abc", "", 2.0), s("split", "", ","),
           s("split", "", ""), s("split", "a1b2", "1", 0.0)]
    assert stringify(arr(*got)) == '[["a","b","","c"],["a","b","c"],["a","b"],[""],[],[]]'
    assert stringify(s("split", "abc")) == '["abc"]'


def test_replace():
    got = [s("replace", "aaa", "a", "$&$&"), s("replace", "abc", "b", "$`$'$$"),
           s("replaceAll", "aXbXc", "X", pyfn(lambda m, p, whole: p)), s("replaceAll", "xx", "", "-"),
           s("replace", "abc", "b", "$1$<n>")]
    assert stringify(arr(*got)) == '["aaaa","aac$c","a1b3c","-x-x-","a$1$<n>c"]'


def test_misc_methods():
    got = [s("at", "abc", -1.0), s("padStart", "abc", 6.0, "12"), s("padEnd", "abc", 5.0),
           s("codePointAt", "\ud83d\ude00x", 0.0), invoke("Array.from", get_path("Array"), "a\ud83d\ude00b"),
           s("toUpperCase", "ß"), float(len(s("toLowerCase", "İ"))), s("toLowerCase", "ΑΣ"),
           s("normalize", "\u0041\u030a", "NFC"), s("normalize", "ﬁ", "NFKD"), s("isWellFormed", "a\ud800"),
           s("toWellFormed", "a\ud800"), invoke("String.raw", None, obj(raw=arr("x", "y", "z")), 1.0, 2.0, 3.0),
           invoke("String.fromCodePoint", None, 128512.0, 65.0), s("trim", " \t\u2028x\ufeff "),
           s("lastIndexOf", "abcabc", "c", 4.0), s("substring", "abc", 2.0, 0.0), s("substr", "abc", -2.0, 1.0),
           s("slice", "abc", -2.0), s("indexOf", "abc", "", 10.0), s("anchor", "a-b", '"x"')]
    assert stringify(arr(*got)) == (
        '["c","121abc","abc  ",128512,["a","😀","b"],"SS",2,"ας","Å","fi",false,"a�","x1y2z","😀A","x",2,'
        '"ab","b","bc",3,"<a name=\\"&quot;x&quot;\\">a-b</a>"]').replace("😀", "\ud83d\ude00")


def test_string_object_exotic():
    r = realm()
    from pyjs.engine.runtime.conversions import to_object
    o = to_object("ab")
    assert o.get("1") == "b" and o.get("length") == 2.0
    assert o.own_property_keys() == ["0", "1", "length"]
    assert o.delete("0") is False and o.set("0", "z", o) is False
    o.set("5", 1.0, o)
    assert o.own_property_keys() == ["0", "1", "5", "length"]
    ctor = get_path("String")
    w = ctor.construct(["xy"], ctor)
    assert w.proto is r.intrinsics["%String.prototype%"] and s("valueOf", w) == "xy"


@pytest.mark.parametrize("call,msg", [
    (lambda: s("repeat", "a", -1.0), "Invalid count value: -1"),
    (lambda: s("repeat", "a", float("inf")), "Invalid count value: Infinity"),
    (lambda: s("repeat", "ab", 2.0 ** 29), "Invalid string length"),
    (lambda: s("trim", None), "String.prototype.trim called on null or undefined"),
    (lambda: s("toString", 1.0), "String.prototype.toString requires that 'this' be a String"),
    (lambda: s("normalize", "a", "x"), "The normalization form should be one of NFC, NFD, NFKC, NFKD."),
    (lambda: invoke("String.fromCodePoint", None, -1.0), "Invalid code point -1"),
    (lambda: invoke("String.fromCodePoint", None, 1.5), "Invalid code point 1.5"),
])
def test_string_errors(call, msg):
    with pytest.raises(JSThrow) as e:
        call()
    assert e.value.value.get("message") == msg


def test_iterator_and_symbol_protocol():
    from pyjs.engine.runtime.values import WellKnown
    it = get_path("String.prototype").get(WellKnown.iterator).call("a\ud83d\ude00", [])
    first = it.get("next").call(it, [])
    assert first.get("value") == "a" and first.get("done") is False
    second = it.get("next").call(it, [])
    assert second.get("value") == "\ud83d\ude00"
    assert it.get("next").call(it, []).get("done") is True
    # a splitter object is called through @@split
    splitter = obj()
    splitter.set(WellKnown.split, pyfn(lambda o, lim: "split:" + o), splitter)
    assert s("split", "abc", splitter) == "split:abc"
    assert s("localeCompare", "a", "B") == -1.0 and s("localeCompare", "a", "A") == -1.0
    assert s("localeCompare", "b", "b") == 0.0
