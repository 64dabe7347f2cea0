"""Number and Math built-ins, called directly (expected values checked against node v20)."""
import math

import pytest

from pyjs.engine.runtime.errors import JSThrow
from tests.builtins_a.helpers import get_path, invoke, realm


def show(x) -> str:
    if type(x) is float:
        if x == 0 and math.copysign(1, x) < 0:
            return "-0"
        from pyjs.engine.runtime.conversions import number_to_string
        return number_to_string(x)
    return str(x)


def m(name, *args):
    return invoke(f"Math.{name}", None, *args)


INF = float("inf")
NAN = float("nan")


def test_math_edges():
    got = [m("round", -0.5), m("round", 2.5), m("round", -2.5), m("round", 0.49999999999999994), m("max"),
           m("min", 0.0, -0.0), m("max", -0.0, 0.0), m("sign", -0.0), m("hypot", NAN, INF), m("cbrt", -8.0),
           m("fround", 5.5), m("fround", 5.05), m("clz32", 1.0), m("imul", 4294967295.0, 5.0), m("atanh", 1.0),
           m("expm1", -0.0), m("pow", NAN, 0.0), m("pow", 1.0, INF), m("pow", -0.0, -3.0), m("ceil", -0.5),
           m("trunc", -0.9), m("log", -1.0), m("exp", 1000.0)]
    assert " ".join(map(show, got)) == ("-0 3 -2 0 -Infinity -0 0 -0 Infinity -2 5.5 5.050000190734863 31 -5 "
                                        "Infinity -0 1 NaN -Infinity -0 -0 NaN Infinity")


def test_math_misc():
    assert m("sin", INF) != m("sin", INF)
    assert m("acos", 2.0) != m("acos", 2.0)
    assert m("cosh", 1000.0) == INF and m("sinh", -1000.0) == -INF
    assert show(m("floor", -0.0)) == "-0" and m("floor", -0.5) == -1.0
    assert m("max", 1.0, NAN, 3.0) != m("max", 1.0, NAN, 3.0)
    assert m("hypot", 3.0, 4.0) == 5.0 and m("hypot") == 0.0
    assert m("f16round", 1.337) == 1.3369140625 and m("f16round", 1e6) == INF
    assert m("fround", 1e300) == INF
    assert 0 <= m("random") < 1
    assert get_path("Math.PI") == math.pi


def test_parse_functions():
    realm()
    pi, pf = get_path("Number.parseInt"), get_path("Number.parseFloat")
    assert pi is realm().intrinsics["%parseInt%"]
    got = [pi.call(None, ["  0x1F"]), pi.call(None, ["-0"]), pi.call(None, ["12abc", 36.0]), pi.call(None, ["1e3"]),
           pi.call(None, [""]), pf.call(None, ["  -1.5e3abc"]), pf.call(None, [".5"]), pf.call(None, ["-.e1"]),
           pf.call(None, ["Infinityx"]), pi.call(None, ["123456789012345678901234567890"])]
    assert " ".join(map(show, got)) == "31 -0 1786296 1 NaN -1500 0.5 NaN Infinity 1.2345678901234568e+29"
    assert show(pi.call(None, ["10", 37.0])) == "NaN"
    assert pi.call(None, ["\u00a0 7"]) == 7.0


def num(method, x, *args):
    return invoke(f"Number.prototype.{method}", x, *args)


def test_number_formatting():
    got = [num("toFixed", 1e21, 2.0), num("toFixed", 0.000001, 7.0), num("toFixed", 123.456, 1.0),
           num("toFixed", -1.005, 2.0), num("toFixed", 1.45, 1.0), num("toExponential", 5e-7),
           num("toExponential", 1.25, 1.0), num("toExponential", 1.35, 1.0), num("toPrecision", 0.0, 3.0),
           num("toPrecision", 1234.5, 6.0), num("toPrecision", 1e-7, 1.0), num("toString", 255.0, 2.0),
           num("toString", -255.5, 16.0), num("toString", 0.5, 36.0)]
    assert " ".join(got) == ("1e+21 0.0000010 123.5 -1.00 1.4 5e-7 1.3e+0 1.4e+0 0.00 1234.50 1e-7 11111111 "
                             "-ff.8 0.i")
    assert num("toFixed", -0.0, 2.0) == "0.00"
    assert num("toFixed", 2.5) == "3" and num("toFixed", -1.5) == "-2"
    assert num("toPrecision", 123456.0, 2.0) == "1.2e+5"
    assert num("toPrecision", 0.000001, 2.0) == "0.0000010"
    assert num("toExponential", 0.0, 2.0) == "0.00e+0"
    assert num("toLocaleString", 1234.5678) == "1,234.568"


@pytest.mark.parametrize("method,arg,msg", [
    ("toFixed", 101.0, "toFixed() digits argument must be between 0 and 100"),
    ("toExponential", -1.0, "toExponential() argument must be between 0 and 100"),
    ("toPrecision", 0.0, "toPrecision() argument must be between 1 and 100"),
    ("toString", 1.0, "toString() radix argument must be between 2 and 36"),
])
def test_number_range_errors(method, arg, msg):
    with pytest.raises(JSThrow) as e:
        num(method, 1.0, arg)
    assert e.value.value.get("message") == msg


def test_number_this_errors_and_statics():
    with pytest.raises(JSThrow) as e:
        num("toFixed", "x")
    assert e.value.value.get("message") == "Number.prototype.toFixed requires that 'this' be a Number"
    assert invoke("Number.isInteger", None, 5.0) is True and invoke("Number.isInteger", None, 5.5) is False
    assert invoke("Number.isSafeInteger", None, 2.0 ** 53) is False
    assert invoke("Number.isNaN", None, "x") is False
    assert invoke("Number", None, 10 ** 400) == INF
    assert invoke("Number", None) == 0.0
    assert get_path("Number.MIN_VALUE") == 5e-324
