"""Operators: arithmetic edge cases, BigInt, comparison, equality tables, typeof, instanceof, in."""
import math

import pytest

from pyjs.engine.runtime import operators as op
from pyjs.engine.runtime.errors import JSThrow
from pyjs.engine.runtime.objects import JSObject
from pyjs.engine.runtime.values import JSNull, JSSymbol

NAN = math.nan


def same(a, b):
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a):
            return math.isnan(b)
        return a == b and math.copysign(1, a) == math.copysign(1, b)
    return type(a) is type(b) and a == b


@pytest.mark.parametrize("f, a, b, r", [
    (op.div, 1.0, 0.0, math.inf), (op.div, -1.0, 0.0, -math.inf), (op.div, 1.0, -0.0, -math.inf),
    (op.div, 0.0, 0.0, NAN), (op.div, NAN, 0.0, NAN), (op.mod, 5.5, 2.0, 1.5), (op.mod, -5.0, 2.0, -1.0),
    (op.mod, -4.0, 2.0, -0.0), (op.mod, 5.0, 0.0, NAN), (op.mod, math.inf, 2.0, NAN), (op.mod, 5.0, math.inf, 5.0),
    (op.pow, 2.0, 10.0, 1024.0), (op.pow, 1.0, NAN, NAN), (op.pow, NAN, 0.0, 1.0), (op.pow, -8.0, 1 / 3, NAN),
    (op.pow, 0.0, -1.0, math.inf), (op.pow, -0.0, -1.0, -math.inf), (op.pow, -0.0, -2.0, math.inf),
    (op.pow, 10.0, 400.0, math.inf), (op.pow, -10.0, 401.0, -math.inf), (op.pow, 1.0, math.inf, NAN),
    (op.pow, -1.0, -math.inf, NAN), (op.pow, 0.5, math.inf, 0.0),
    (op.sub, 0.0, 0.0, 0.0), (op.mul, -1.0, 0.0, -0.0), (op.mul, math.inf, 0.0, NAN),
    (op.bitand, 5.0, 3.0, 1.0), (op.bitor, -1.0, 0.0, -1.0), (op.bitxor, 2.0 ** 32 + 1, 1.0, 0.0),
    (op.shl, 1.0, 31.0, -2147483648.0), (op.shl, 1.0, 32.0, 1.0), (op.sar, -16.0, 2.0, -4.0),
    (op.shr, -1.0, 0.0, 4294967295.0), (op.shr, -16.0, 2.0, 1073741820.0),
])
def test_number_ops(realm, f, a, b, r):
    assert same(f(a, b), r)


@pytest.mark.parametrize("f, a, b, r", [
    (op.add, 2 ** 64, 1, 2 ** 64 + 1), (op.div, -7, 2, -3), (op.mod, -7, 2, -1), (op.mod, 7, -2, 1),
    (op.pow, 2, 100, 2 ** 100), (op.shl, 1, 100, 2 ** 100), (op.sar, -9, 1, -5), (op.shl, 8, -2, 2),
    (op.bitand, -1, 255, 255), (op.bitxor, 5, -1, -6),
])
def test_bigint_ops(realm, f, a, b, r):
    assert same(f(a, b), r)


@pytest.mark.parametrize("f, a, b, msg", [
    (op.add, 1, 1.0, "Cannot mix BigInt and other types, use explicit conversions"),
    (op.div, 1, 0, "Division by zero"), (op.mod, 1, 0, "Division by zero"),
    (op.shr, 1, 0, "BigInts have no unsigned right shift, use >> instead"),
    (op.sub, JSSymbol(), 1.0, "Cannot convert a Symbol value to a number"),
    (op.add, JSSymbol(), "", "Cannot convert a Symbol value to a string"),
])
def test_op_errors(realm, f, a, b, msg):
    with pytest.raises(JSThrow) as e:
        f(a, b)
    assert e.value.value.get("message") == msg


def test_add_strings_and_objects(realm, fn):
    assert op.add("a", 1.0) == "a1" and op.add(1.0, "a") == "1a" and op.add(1.5, None) != op.add(1.5, None)
    assert op.add(True, 1.0) == 2.0 and op.add(JSNull, 1.0) == 1.0 and op.add("x", 10) == "x10"
    o = JSObject(realm.intrinsics["%Object.prototype%"])
    assert op.add(o, "") == "[object Object]"
    o.define_data("valueOf", fn(lambda t, a: 41.0))
    assert op.add(o, 1.0) == 42.0


def test_unary(realm):
    assert same(op.neg(0.0), -0.0) and op.neg(5) == -5 and same(op.neg("3"), -3.0)
    assert op.bitnot(0.0) == -1.0 and op.bitnot(5) == -6 and op.inc(1.0) == 2.0 and op.dec(1) == 0
    assert same(op.pos("  12  "), 12.0)


def test_typeof(realm, fn):
    vals = [None, JSNull, True, 1.0, 1, "s", JSSymbol(), JSObject(None), fn(lambda t, a: None)]
    assert [op.typeof(v) for v in vals] == ["undefined", "object", "boolean", "number", "bigint", "string",
                                            "symbol", "object", "function"]


def test_relational(realm):
    assert op.lt("a", "b") and not op.lt("b", "a") and op.lt("B", "a") and op.lt("\ud800", "\uffff")
    assert op.lt("10", 9.0) is False and op.lt("10", "9") is True
    assert op.lt(1, 1.5) and op.gt(2 ** 64, 1.8e19) and op.lt(1, "2") and op.gt(2, "1")
    assert op.lt(1, "x") is False and op.ge(1, "x") is False  # undefined -> false both ways
    assert op.is_less_than(NAN, 1.0) is None and op.is_less_than(1, NAN) is None
    assert not op.le(NAN, NAN) and not op.ge(NAN, 1.0) and op.le(None, 0.0) is False and op.le(JSNull, 0.0)
    assert op.lt(2 ** 53 + 1, 9007199254740994.0) and not op.lt(2 ** 53 + 1, 9007199254740992.0)
    assert op.lt(1, math.inf) and op.gt(1, -math.inf)


def test_loose_equality_table(realm):
    o = JSObject(realm.intrinsics["%Object.prototype%"])
    sym = JSSymbol()
    true_pairs = [(None, JSNull), (1.0, "1"), ("1", 1.0), (0.0, ""), (True, 1.0), (False, "0"), (1, 1.0),
                  (1, "1"), ("0x10", 16.0), (o, "[object Object]"), (0.0, -0.0), (sym, sym), (1, True),
                  ("  \n", 0.0), (2 ** 60, float(2 ** 60))]
    false_pairs = [(None, 0.0), (JSNull, 0.0), (JSNull, False), (NAN, NAN), ("a", NAN), (1, 1.5), (1, "1.5"),
                   (1, NAN), (1, math.inf), (o, JSObject(None)), (sym, JSSymbol()), ("true", True),
                   (None, ""), (2 ** 53 + 1, float(2 ** 53))]
    for a, b in true_pairs:
        assert op.loose_equals(a, b) and op.loose_equals(b, a), (a, b)
    for a, b in false_pairs:
        assert not op.loose_equals(a, b) and not op.loose_equals(b, a), (a, b)


def test_strict_and_same_value_zero():
    assert op.strict_equals(0.0, -0.0) and not op.strict_equals(NAN, NAN) and not op.strict_equals(1, 1.0)
    assert not op.strict_equals(True, 1) and op.strict_equals("a", "a")
    assert op.same_value_zero(NAN, NAN) and op.same_value_zero(0.0, -0.0)


def test_instanceof_and_in(realm, fn):
    Error = realm.intrinsics["%Error%"]
    TypeError = realm.intrinsics["%TypeError%"]
    err = TypeError.construct(["x"], TypeError)
    assert op.instance_of(err, Error) and op.instance_of(err, TypeError)
    assert not op.instance_of(err, realm.intrinsics["%RangeError%"]) and not op.instance_of(1.0, Error)
    for bad, msg in ((5.0, "Right-hand side of 'instanceof' is not an object"),
                     (JSObject(None), "Right-hand side of 'instanceof' is not callable")):
        with pytest.raises(JSThrow) as e:
            op.instance_of(err, bad)
        assert e.value.value.get("message") == msg
    assert op.has_in("message", err) and op.has_in("toString", err) and not op.has_in("nope", err)
    with pytest.raises(JSThrow) as e:
        op.has_in("a", "abc")
    assert e.value.value.get("message") == "Cannot use 'in' operator to search for 'a' in abc"
