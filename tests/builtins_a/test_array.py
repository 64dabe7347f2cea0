"""Array built-ins, called directly (expected values checked against node v20)."""
import pytest

from pyjs.engine.runtime.errors import JSThrow
from pyjs.engine.runtime.values import HOLE
from tests.builtins_a.helpers import arr, elements, get_path, invoke, obj, pyfn, realm


def a(method, this, *args):
    return invoke(f"Array.prototype.{method}", this, *args)


def stringify(v):
    return invoke("JSON.stringify", None, v)


def hole_array(*values):
    """An array literal where HOLE marks an elision."""
    x = arr(*values)
    while x.elements and x.elements[-1] is HOLE:
        x.elements.pop()
    x.length = len(values)
    return x


def test_search_with_holes_and_types():
    h = hole_array(1.0, HOLE, 3.0)
    nan = float("nan")
    got = [a("indexOf", h, None), a("includes", h, None), a("indexOf", arr(nan), nan), a("includes", arr(nan), nan),
           a("indexOf", arr(1.0, "1", True), True), a("indexOf", arr(0.0), -0.0), a("lastIndexOf", h, 3.0)]
    assert stringify(arr(*got)) == "[-1,true,-1,true,2,0,2]"


def test_sort_default_holes_undefined():
    s = hole_array(5.0, 1.0, 10.0, 2.0, None, HOLE, "b", "a")
    a("sort", s)
    assert stringify(s) == '[1,10,2,5,"a","b",null,null]'
    assert s.length == 8 and s.has_property("6") and not s.has_property("7")


def test_sort_stable_and_comparator_errors():
    items = [obj(k=1.0, v="a"), obj(k=0.0, v="b"), obj(k=1.0, v="c"), obj(k=0.0, v="d")]
    x = arr(*items)
    a("sort", x, pyfn(lambda p, q: p.get("k") - q.get("k")))
    assert "".join(o.get("v") for o in x.elements) == "bdac"
    with pytest.raises(JSThrow) as e:
        a("sort", arr(), 1.0)
    assert e.value.value.get("message") == "The comparison function must be either a function or undefined"

    def boom(p, q):
        from pyjs.engine.runtime.errors import throw_type_error
        throw_type_error("boom")
    with pytest.raises(JSThrow):
        a("sort", arr(2.0, 1.0), pyfn(boom))


def test_array_likes():
    al = obj(length=3.0)
    al.set("0", "x", al)
    al.set("2", "z", al)
    got = [a("slice", al), a("map", al, pyfn(lambda v, k, o: v + v)), invoke("Array.from", get_path("Array"), al),
           a("join", al, "-")]
    assert stringify(arr(*got)) == '[["x",null,"z"],["xx",null,"zz"],["x",null,"z"],"x--z"]'
    assert invoke("Array.prototype.push", al, "w") == 4.0 and al.get("3") == "w"


def test_copying_methods():
    sp = arr(1.0, 2.0, 3.0, 4.0, 5.0)
    rm = a("splice", sp, 1.0, 2.0, "a", "b", "c")
    assert stringify(arr(sp, rm)) == '[[1,"a","b","c",4,5],[2,3]]'
    nested = arr(1.0, arr(2.0, arr(3.0, arr(4.0))))
    got = [a("flat", nested, 2.0), a("flatMap", arr(1.0, 2.0), pyfn(lambda x, k, o: arr(x, arr(x * 2)))),
           a("toReversed", arr(1.0, 2.0, 3.0)), a("toSorted", arr(3.0, 1.0, 2.0)),
           a("toSpliced", arr(1.0, 2.0, 3.0), 1.0, 1.0, "x", "y"), a("with", arr(1.0, 2.0, 3.0), -1.0, 9.0),
           a("copyWithin", arr(1.0, 2.0, 3.0, 4.0, 5.0), 0.0, 3.0), a("fill", arr(1.0, 2.0, 3.0), 0.0, 1.0)]
    assert stringify(arr(*got)) == ('[[1,2,3,[4]],[1,[2],2,[4]],[3,2,1],[1,2,3],[1,"x","y",3],[1,2,9],'
                                    '[4,5,3,4,5],[1,0,0]]')


def test_reduce_and_misc():
    got = [a("reduce", arr(1.0, 2.0, 3.0), pyfn(lambda x, y, k, o: x + y)),
           a("reduceRight", arr(1.0, 2.0, 3.0), pyfn(lambda x, y, k, o: x + str(int(y))), ""),
           a("findLast", arr(1.0, 2.0, 3.0), pyfn(lambda x, k, o: x < 3)),
           a("findLastIndex", arr(1.0, 2.0, 3.0), pyfn(lambda x, k, o: x > 5)),
           a("concat", arr(), 1.0, arr(2.0), arr(arr(3.0))), invoke("Array.of", get_path("Array"), 7.0, 8.0),
           a("at", arr(1.0, 2.0, 3.0), -4.0), a("reverse", arr(3.0, 2.0, 1.0)), a("shift", arr(1.0, 2.0, 3.0)),
           a("unshift", arr(1.0, 2.0), 0.0)]
    assert stringify(arr(*got)) == "[6,\"321\",2,-1,[1,2,[3]],[7,8],null,[1,2,3],1,3]"
    with pytest.raises(JSThrow) as e:
        a("reduce", arr(), pyfn(lambda *x: None))
    assert e.value.value.get("message") == "Reduce of empty array with no initial value"


def test_join_cycles_and_to_string():
    x = arr(1.0)
    a("push", x, x)
    assert a("join", x) == "1,"
    assert a("toString", arr(1.0, arr(2.0, arr(3.0, None)), None)) == "1,2,3,,"


def test_constructor_and_length():
    ctor = get_path("Array")
    big = ctor.construct([3.0], ctor)
    assert big.length == 3 and elements(big) == [HOLE, HOLE, HOLE]
    with pytest.raises(JSThrow) as e:
        ctor.construct([1.5], ctor)
    assert e.value.value.get("message") == "Invalid array length"
    b = arr(1.0, 2.0, 3.0)
    b.set("length", 1.0, b)
    assert elements(b) == [1.0]
    assert invoke("Array.isArray", None, b) is True and invoke("Array.isArray", None, obj()) is False


def test_callback_mutation_is_observed():
    x = arr(1.0, 2.0, 3.0)
    seen = []

    def cb(v, k, o):
        seen.append(v)
        if k == 0.0:
            a("pop", o)
    a("forEach", x, pyfn(cb))
    assert seen == [1.0, 2.0]


def test_entries_iterator():
    it = a("entries", hole_array(HOLE, 1.0))
    first = it.get("next").call(it, [])
    assert stringify(first) == '{"value":[0,null],"done":false}'


def test_species():
    from pyjs.engine.runtime.values import WellKnown
    realm()
    x = arr(1.0, 2.0)
    ctor = obj()
    ctor.set(WellKnown.species, get_path("Array"), ctor)
    x.set("constructor", ctor, x)
    assert stringify(a("map", x, pyfn(lambda v, k, o: v * 2))) == "[2,4]"
    bad = obj()
    bad.set(WellKnown.species, 1.0, bad)
    x.set("constructor", bad, x)
    with pytest.raises(JSThrow):
        a("map", x, pyfn(lambda v, k, o: v))
