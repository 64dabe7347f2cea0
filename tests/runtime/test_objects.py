"""Objects: descriptors and validation, array length semantics, own key order, property access
on primitives, set/delete failure messages."""
import math

import pytest

from pyjs.engine.runtime import access as A
from pyjs.engine.runtime.errors import JSThrow
from pyjs.engine.runtime.objects import ABSENT, JSObject, PropertyDescriptor as PD
from pyjs.engine.runtime.values import JSNull, JSSymbol


def msg(exc):
    return exc.value.value.get("message")


@pytest.fixture
def obj(realm):
    return lambda: JSObject(realm.intrinsics["%Object.prototype%"])


def arr(realm, values):
    return A.create_array_from_list(list(values), realm)


def test_own_key_order(obj):
    o = obj()
    s1, s2 = JSSymbol("a"), JSSymbol("b")
    for k in ("b", s1, "10", "a", "2", s2, "-1", "4294967295", "1"):
        A.create_data_property(o, k, 1.0)
    assert o.own_property_keys() == ["1", "2", "10", "b", "a", "-1", "4294967295", s1, s2]


def test_sparse_key_order_after_nondefault_attributes(obj):
    o = obj()
    A.create_data_property(o, "x", 1.0)
    A.create_data_property(o, "5", 1.0)
    A.define_property_or_throw(o, "3", PD(value=2.0, writable=False))
    A.create_data_property(o, "0", 1.0)
    assert o.own_property_keys() == ["0", "3", "5", "x"]
    assert o.get_own_property("3").writable is False and o.get("5") == 1.0


def test_define_property_validation(realm, obj):
    o = obj()
    A.define_property_or_throw(o, "x", PD(value=1.0))
    d = o.get_own_property("x")
    assert (d.value, d.writable, d.enumerable, d.configurable) == (1.0, False, False, False)
    assert o.define_own_property("x", PD(value=1.0))           # same value: allowed
    assert o.define_own_property("x", PD(value=-0.0)) is False  # SameValue, not ===
    assert o.define_own_property("x", PD(writable=True)) is False
    assert o.define_own_property("x", PD(get=None)) is False
    assert o.define_own_property("x", PD(enumerable=True)) is False
    with pytest.raises(JSThrow) as e:
        A.define_property_or_throw(o, "x", PD(value=2.0))
    assert msg(e) == "Cannot redefine property: x"
    o.prevent_extensions()
    with pytest.raises(JSThrow) as e:
        A.define_property_or_throw(o, "y", PD(value=2.0))
    assert msg(e) == "Cannot define property y, object is not extensible"


def test_accessor_data_conversion(realm, obj, fn):
    o = obj()
    getter = fn(lambda t, a: 7.0)
    A.define_property_or_throw(o, "p", PD(get=getter, configurable=True, enumerable=True))
    assert o.get("p") == 7.0 and o.get_own_property("p").set is None
    A.define_property_or_throw(o, "p", PD(value=1.0))
    d = o.get_own_property("p")
    assert d.value == 1.0 and d.writable is False and d.enumerable is True and d.get is ABSENT


def test_to_property_descriptor_errors(realm, obj, fn):
    bad = obj()
    A.create_data_property(bad, "get", fn(lambda t, a: None))
    A.create_data_property(bad, "value", 1.0)
    with pytest.raises(JSThrow) as e:
        A.to_property_descriptor(bad)
    assert msg(e).startswith("Invalid property descriptor. Cannot both specify accessors")
    g = obj()
    A.create_data_property(g, "get", 5.0)
    with pytest.raises(JSThrow) as e:
        A.to_property_descriptor(g)
    assert msg(e) == "Getter must be a function: 5"
    with pytest.raises(JSThrow) as e:
        A.to_property_descriptor(5.0)
    assert msg(e) == "Property description must be an object: 5"


def test_array_length_semantics(realm):
    a = arr(realm, [1.0, 2.0, 3.0])
    A.set_member(a, 10.0, "x")
    assert a.length == 11 and A.get_member(a, "length") == 11.0 and A.get_member(a, 5.0) is None
    A.set_member(a, "length", 2.0)
    assert a.length == 2 and A.get_member(a, 10.0) is None and A.get_member(a, 1.0) == 2.0
    with pytest.raises(JSThrow) as e:
        A.set_member(a, "length", -1.0)
    assert msg(e) == "Invalid array length"
    with pytest.raises(JSThrow):
        A.set_member(a, "length", 1.5)
    A.set_member(a, "length", "3")
    assert a.length == 3 and a.own_property_keys() == ["0", "1", "length"]
    A.define_property_or_throw(a, "length", PD(writable=False))
    assert A.set_member(a, 5.0, 1.0, strict=False) is None and a.length == 3 and A.get_member(a, 5.0) is None
    with pytest.raises(JSThrow) as e:
        A.set_member(a, "length", 0.0)
    assert msg(e) == "Cannot assign to read only property 'length' of object '[object Array]'"


def test_array_truncate_stops_at_nonconfigurable(realm):
    a = arr(realm, [1.0, 2.0, 3.0, 4.0])
    A.define_property_or_throw(a, "1", PD(configurable=False))
    assert a.define_own_property("length", PD(value=0.0)) is False
    assert a.length == 2 and A.get_member(a, 1.0) == 2.0


def test_array_holes_and_prototype(realm):
    a = arr(realm, [1.0])
    A.set_member(a, 3.0, 4.0)
    assert a.own_property_keys() == ["0", "3", "length"] and A.get_member(a, 1.0) is None
    A.set_member(realm.intrinsics["%Array.prototype%"], "1", "from proto")
    assert A.get_member(a, 1.0) == "from proto"
    assert a.delete("0") and A.get_member(a, 0.0) is None and a.length == 4
    big = arr(realm, [])
    A.set_member(big, 4294967294.0, 1.0)
    assert big.length == 4294967295
    A.set_member(big, 4294967295.0, 1.0)  # not an array index: an ordinary property
    assert big.length == 4294967295 and A.get_member(big, "4294967295") == 1.0


def test_primitive_property_access(realm):
    assert A.get_member("abc", "length") == 3.0 and A.get_member("abc", 1.0) == "b"
    assert A.get_member("abc", 5.0) is None and A.get_member("abc", -0.0) == "a"
    assert A.get_member(5.0, "toFixed").callable
    assert A.get_member(True, "toString").callable
    with pytest.raises(JSThrow) as e:
        A.get_member(None, "x")
    assert msg(e) == "Cannot read properties of undefined (reading 'x')"
    with pytest.raises(JSThrow) as e:
        A.get_member(JSNull, JSSymbol("it"))
    assert msg(e) == "Cannot read properties of null (reading 'Symbol(it)')"
    with pytest.raises(JSThrow) as e:
        A.set_member(None, "x", 1.0)
    assert msg(e) == "Cannot set properties of undefined (setting 'x')"
    with pytest.raises(JSThrow) as e:
        A.set_member("abc", "x", 1.0, strict=True)
    assert msg(e) == "Cannot create property 'x' on string 'abc'"
    A.set_member("abc", "x", 1.0, strict=False)


def test_set_failure_messages(realm, obj, fn):
    o = obj()
    A.define_property_or_throw(o, "ro", PD(value=1.0, writable=False, configurable=True))
    A.define_property_or_throw(o, "g", PD(get=fn(lambda t, a: 1.0), configurable=True))
    with pytest.raises(JSThrow) as e:
        A.set_member(o, "ro", 2.0)
    assert msg(e) == "Cannot assign to read only property 'ro' of object '#<Object>'"
    with pytest.raises(JSThrow) as e:
        A.set_member(o, "g", 2.0)
    assert msg(e) == "Cannot set property g of #<Object> which has only a getter"
    o.prevent_extensions()
    with pytest.raises(JSThrow) as e:
        A.set_member(o, "new", 2.0)
    assert msg(e) == "Cannot add property new, object is not extensible"
    child = JSObject(o)
    assert A.set_member(child, "ro", 3.0, strict=False) is None and child.get_own_property("ro") is None


def test_delete_member(realm, obj):
    o = obj()
    A.define_property_or_throw(o, "fixed", PD(value=1.0))
    assert A.delete_member(o, "fixed", strict=False) is False
    with pytest.raises(JSThrow) as e:
        A.delete_member(o, "fixed")
    assert msg(e) == "Cannot delete property 'fixed' of #<Object>"
    assert A.delete_member(o, "missing") is True
    assert A.delete_member("abc", "length", strict=False) is False


def test_call_and_construct_errors(realm, obj):
    with pytest.raises(JSThrow) as e:
        A.call(5.0, None, [])
    assert msg(e) == "5 is not a function"
    with pytest.raises(JSThrow) as e:
        A.call(obj(), None, [], what="o.f")
    assert msg(e) == "o.f is not a function"
    with pytest.raises(JSThrow) as e:
        A.construct(A.get_member(realm.intrinsics["%Object%"], "keys"), [])
    assert msg(e).endswith("is not a constructor")
    arr_obj = arr(realm, [1.0])
    with pytest.raises(JSThrow) as e:
        A.call(arr_obj, None, [])
    assert msg(e) == "[object Array] is not a function"


def test_set_prototype_cycles(realm, obj):
    a, b = obj(), obj()
    assert b.set_prototype_of(a) and a.set_prototype_of(b) is False
    assert realm.intrinsics["%Object.prototype%"].set_prototype_of(a) is False
    assert realm.intrinsics["%Object.prototype%"].set_prototype_of(None) is True


def test_integrity_levels(realm):
    a = arr(realm, [1.0, 2.0])
    A.set_integrity_level(a, "frozen")
    assert A.test_integrity_level(a, "frozen") and A.test_integrity_level(a, "sealed")
    assert A.set_member(a, 0.0, 9.0, strict=False) is None and A.get_member(a, 0.0) == 1.0
    assert a.own_property_keys() == ["0", "1", "length"]


def test_get_member_fast_path_numbers(realm):
    a = arr(realm, [10.0, 20.0])
    assert A.get_member(a, 1.0) == 20.0 and A.get_member(a, -0.0) == 10.0
    assert A.get_member(a, 1.5) is None and A.get_member(a, math.nan) is None
    A.set_member(a, 0.5, "half")
    assert A.get_member(a, "0.5") == "half" and a.length == 2
    assert A.get_member(a, -1.0) is None and A.get_member("abc", -1.0) is None and A.get_member("", -1.0) is None
    A.set_member(a, -1.0, "neg")
    assert A.get_member(a, "-1") == "neg" and a.elements == [10.0, 20.0] and a.length == 2


def test_copy_data_properties(realm, obj):
    src = obj()
    for k in ("a", "b", "c"):
        A.create_data_property(src, k, k)
    A.define_property_or_throw(src, "hidden", PD(value=1.0, enumerable=False))
    t = A.copy_data_properties(obj(), src, ["b"])
    assert t.own_property_keys() == ["a", "c"]
    assert A.copy_data_properties(obj(), None).own_property_keys() == []
    assert A.copy_data_properties(obj(), "xy").own_property_keys() == ["0", "1"]


def test_create_list_from_array_like(realm, obj):
    o = obj()
    A.create_data_property(o, "length", 2.0)
    A.create_data_property(o, "0", "a")
    assert A.create_list_from_array_like(o) == ["a", None]
    with pytest.raises(JSThrow) as e:
        A.create_list_from_array_like(5.0)
    assert msg(e) == "CreateListFromArrayLike called on non-object"
