"""The core built-ins, driven through the Python API: Object, Function.prototype, Error,
Symbol, Boolean, the global functions and iterators."""
import math

import pytest

from pyjs.engine.runtime import access as A
from pyjs.engine.runtime.conversions import to_string
from pyjs.engine.runtime.errors import JSThrow
from pyjs.engine.runtime.function import builtin
from pyjs.engine.runtime.iteration import iterate_to_list
from pyjs.engine.runtime.objects import JSObject
from pyjs.engine.runtime.values import JSNull, JSSymbol, WellKnown


class Env:
    def __init__(self, realm):
        self.realm = realm

    def g(self, name):
        return A.get_member(self.realm.global_object, name)

    def m(self, o, name, *args):
        return A.invoke(o, name, list(args))

    def s(self, name, *args):
        """Call the static method ``Global.name`` e.g. s("Object.keys", o)."""
        ctor, meth = name.split(".")
        return self.m(self.g(ctor), meth, *args)

    def obj(self, **props):
        o = JSObject(self.realm.intrinsics["%Object.prototype%"])
        for k, v in props.items():
            A.create_data_property(o, k, v)
        return o

    def arr(self, *items):
        return A.create_array_from_list(list(items), self.realm)

    def f(self, py, length=0):
        return builtin(self.realm, "f", length, py)

    def list(self, v):
        return iterate_to_list(v)

    def throws(self, fn, message=None, kind="TypeError"):
        with pytest.raises(JSThrow) as e:
            fn()
        err = e.value.value
        assert to_string(A.get_member(A.get_member(err, "constructor"), "name")) == kind
        if message is not None:
            assert A.get_member(err, "message") == message
        return err


@pytest.fixture
def js(realm):
    return Env(realm)


# -- Object --

def test_object_keys_values_entries(js):
    o = js.obj(b=1.0, a=2.0)
    A.create_data_property(o, "1", 3.0)
    assert js.list(js.s("Object.keys", o)) == ["1", "b", "a"]
    assert js.list(js.s("Object.values", o)) == [3.0, 1.0, 2.0]
    assert [js.list(e) for e in js.list(js.s("Object.entries", o))][0] == ["1", 3.0]
    assert js.list(js.s("Object.keys", "ab")) == ["0", "1"]
    js.throws(lambda: js.s("Object.keys", None), "Cannot convert undefined or null to object")


def test_object_assign_create_define(js):
    target = js.obj()
    js.s("Object.assign", target, js.obj(a=1.0), None, js.obj(b=2.0))
    assert js.list(js.s("Object.keys", target)) == ["a", "b"]
    proto = js.obj(p=1.0)
    o = js.s("Object.create", proto, js.obj(x=js.obj(value=5.0, enumerable=True)))
    assert o.proto is proto and A.get_member(o, "x") == 5.0 and A.get_member(o, "p") == 1.0
    assert js.s("Object.create", JSNull).proto is None
    js.throws(lambda: js.s("Object.create", 5.0), "Object prototype may only be an Object or null: 5")
    js.throws(lambda: js.s("Object.defineProperty", 1.0, "x", js.obj()), "Object.defineProperty called on non-object")
    d = js.s("Object.getOwnPropertyDescriptor", o, "x")
    assert [A.get_member(d, k) for k in ("value", "writable", "enumerable", "configurable")] == [5.0, False, True, False]
    assert js.s("Object.getOwnPropertyDescriptor", o, "nope") is None


def test_object_freeze_seal(js):
    o = js.obj(a=1.0)
    assert js.s("Object.freeze", o) is o
    assert js.s("Object.isFrozen", o) is True and js.s("Object.isSealed", o) is True
    assert js.s("Object.isExtensible", o) is False and js.s("Object.isFrozen", 1.0) is True
    js.throws(lambda: A.set_member(o, "a", 2.0), "Cannot assign to read only property 'a' of object '#<Object>'")
    s = js.s("Object.seal", js.obj(b=1.0))
    A.set_member(s, "b", 2.0)
    assert A.get_member(s, "b") == 2.0 and js.s("Object.isFrozen", s) is False


def test_object_prototype_methods(js):
    o = js.obj(a=1.0)
    assert js.m(o, "hasOwnProperty", "a") is True and js.m(o, "hasOwnProperty", "toString") is False
    assert js.m(o, "propertyIsEnumerable", "a") is True
    assert js.m(js.realm.intrinsics["%Object.prototype%"], "isPrototypeOf", o) is True
    assert js.m(o, "valueOf") is o and js.m(o, "toLocaleString") == "[object Object]"
    assert js.s("Object.hasOwn", o, "a") is True and js.s("Object.is", math.nan, math.nan) is True
    assert js.s("Object.is", 0.0, -0.0) is False


def test_object_to_string_tags(js, realm):
    ts = realm.intrinsics["%Object.prototype.toString%"]
    cases = [(None, "Undefined"), (JSNull, "Null"), (js.arr(), "Array"), (js.f(lambda t, a: None), "Function"),
             (A.construct(js.g("Error"), []), "Error"), (True, "Boolean"), (1.0, "Number"), ("s", "String"),
             (js.obj(), "Object"), (JSSymbol(), "Symbol"), (js.s("Promise.resolve"), "Promise")]
    for v, tag in cases:
        assert A.call(ts, v, []) == f"[object {tag}]"
    tagged = js.obj()
    A.create_data_property(tagged, WellKnown.toStringTag, "Custom")
    assert A.call(ts, tagged, []) == "[object Custom]"


def test_proto_accessor_and_legacy_accessors(js):
    o = js.obj()
    p = js.obj(q=1.0)
    A.set_member(o, "__proto__", p)
    assert o.proto is p and A.get_member(o, "__proto__") is p
    A.set_member(o, "__proto__", 5.0)  # ignored
    assert o.proto is p
    js.throws(lambda: A.set_member(p, "__proto__", o), "Cyclic __proto__ value")
    js.throws(lambda: js.s("Object.setPrototypeOf", js.realm.intrinsics["%Object.prototype%"], o),
              "Immutable prototype object 'Object.prototype' cannot have their prototype set")
    getter = js.f(lambda t, a: 42.0)
    js.m(o, "__defineGetter__", "x", getter)
    assert A.get_member(o, "x") == 42.0 and js.m(o, "__lookupGetter__", "x") is getter
    assert js.m(o, "__lookupSetter__", "x") is None


def test_object_from_entries_and_group_by(js):
    o = js.s("Object.fromEntries", js.arr(js.arr("a", 1.0), js.arr("b", 2.0)))
    assert js.list(js.s("Object.keys", o)) == ["a", "b"]
    js.throws(lambda: js.s("Object.fromEntries", js.arr(5.0)), "Iterator value 5 is not an entry object")
    groups = js.s("Object.groupBy", js.arr(1.0, 2.0, 3.0, 4.0),
                  js.f(lambda t, a: "even" if a[0] % 2 == 0 else "odd"))
    assert groups.proto is None and js.list(js.s("Object.keys", groups)) == ["odd", "even"]
    assert js.list(A.get_member(groups, "even")) == [2.0, 4.0]


def test_object_constructor(js):
    Obj = js.g("Object")
    assert isinstance(A.call(Obj, None, []), JSObject)
    w = A.call(Obj, None, [5.0])
    assert w.value == 5.0
    o = js.obj()
    assert A.construct(Obj, [o]) is o
    names = js.list(js.s("Object.getOwnPropertyNames", js.realm.intrinsics["%Object.prototype%"]))
    assert names[:3] == ["constructor", "__defineGetter__", "__defineSetter__"] and names[-1] == "toLocaleString"


# -- Function.prototype --

def test_bind(js):
    def target(this, args):
        return js.arr(this, *args)
    t = builtin(js.realm, "target", 3, target, ctor=lambda args, nt: js.arr("constructed", *args))
    b = js.m(t, "bind", "THIS", 1.0)
    assert A.get_member(b, "name") == "bound target" and A.get_member(b, "length") == 2.0
    assert js.list(A.call(b, "ignored", [2.0])) == ["THIS", 1.0, 2.0]
    assert js.list(A.construct(b, [2.0])) == ["constructed", 1.0, 2.0]
    bb = js.m(b, "bind", None, 2.0, 3.0, 4.0)
    assert A.get_member(bb, "length") == 0.0 and A.get_member(bb, "name") == "bound bound target"
    js.throws(lambda: A.call(A.get_member(js.realm.intrinsics["%Function.prototype%"], "bind"), js.obj(), []),
              "Bind must be called on a function")


def test_bound_instanceof(js):
    err_ctor = js.g("Error")
    b = js.m(err_ctor, "bind", None)
    assert A.get_member(b, "prototype") is None
    from pyjs.engine.runtime.operators import instance_of
    assert instance_of(A.construct(err_ctor, []), b)


def test_call_apply_to_string(js):
    f = js.f(lambda this, args: js.arr(this, *args))
    assert js.list(js.m(f, "call", 1.0, 2.0, 3.0)) == [1.0, 2.0, 3.0]
    assert js.list(js.m(f, "apply", 1.0, js.arr(2.0))) == [1.0, 2.0]
    assert js.list(js.m(f, "apply", 1.0, None)) == [1.0]
    js.throws(lambda: js.m(f, "apply", 1.0, 5.0), "CreateListFromArrayLike called on non-object")
    assert js.m(js.g("Object"), "toString") == "function Object() { [native code] }"
    fp = js.realm.intrinsics["%Function.prototype%"]
    assert A.get_member(fp, "name") == "" and A.get_member(fp, "length") == 0.0
    assert A.call(fp, None, []) is None
    js.throws(lambda: A.call(A.get_member(fp, "toString"), js.obj(), []),
              "Function.prototype.toString requires that 'this' be a Function")
    js.throws(lambda: A.get_member(fp, "caller"))


# -- Error --

def test_errors(js):
    e = A.construct(js.g("RangeError"), ["bad", js.obj(cause=7.0)])
    assert js.list(js.s("Object.getOwnPropertyNames", e)) == ["stack", "message", "cause"]
    assert A.get_member(e, "stack").startswith("RangeError: bad")
    assert to_string(e) == "RangeError: bad" and A.get_member(e, "cause") == 7.0
    assert A.call(js.g("TypeError"), None, []).proto is js.realm.intrinsics["%TypeError.prototype%"]
    assert js.g("TypeError").proto is js.g("Error")
    assert js.realm.intrinsics["%TypeError.prototype%"].proto is js.realm.intrinsics["%Error.prototype%"]
    ts = A.get_member(js.realm.intrinsics["%Error.prototype%"], "toString")
    assert A.call(ts, js.obj(name="", message="m"), []) == "m" and A.call(ts, js.obj(name="N", message=""), []) == "N"
    assert A.call(ts, js.obj(), []) == "Error"
    js.throws(lambda: A.call(ts, 5.0, []), "Method Error.prototype.toString called on incompatible receiver 5")
    agg = A.construct(js.g("AggregateError"), [js.arr(1.0, 2.0), "msg"])
    assert js.list(A.get_member(agg, "errors")) == [1.0, 2.0] and A.get_member(agg, "message") == "msg"
    assert js.list(js.s("Object.getOwnPropertyNames", agg)) == ["stack", "message", "errors"]
    assert A.get_member(js.g("AggregateError"), "length") == 2.0


# -- Symbol / Boolean --

def test_symbol(js):
    Symbol = js.g("Symbol")
    s = A.call(Symbol, None, ["d"])
    assert type(s) is JSSymbol and s.description == "d" and A.call(Symbol, None, []).description is None
    js.throws(lambda: A.construct(Symbol, []), "Symbol is not a constructor")
    a = js.m(Symbol, "for", "k")
    assert js.m(Symbol, "for", "k") is a and js.m(Symbol, "keyFor", a) == "k" and js.m(Symbol, "keyFor", s) is None
    js.throws(lambda: js.m(Symbol, "keyFor", "x"), "x is not a symbol")
    assert A.get_member(Symbol, "iterator") is WellKnown.iterator
    assert js.m(s, "toString") == "Symbol(d)" and A.get_member(s, "description") == "d"
    assert js.m(s, "valueOf") is s and A.invoke(s, WellKnown.toPrimitive, ["default"]) is s
    from pyjs.engine.runtime.conversions import to_object
    assert to_string(js.m(to_object(s), "toString")) == "Symbol(d)"
    js.throws(lambda: A.call(A.get_member(s, "toString"), 5.0, []),
              "Symbol.prototype.toString requires that 'this' be a Symbol")


def test_boolean(js):
    B = js.g("Boolean")
    assert A.call(B, None, ["x"]) is True and A.call(B, None, []) is False
    w = A.construct(B, [0.0])
    assert w.value is False and js.m(w, "toString") == "false" and js.m(True, "valueOf") is True
    js.throws(lambda: A.call(A.get_member(w, "valueOf"), 5.0, []),
              "Boolean.prototype.valueOf requires that 'this' be a Boolean")


# -- global functions --

def test_uri_functions(js):
    enc, dec = js.g("encodeURIComponent"), js.g("decodeURIComponent")
    assert A.call(enc, None, ["a b&c/\u00fc\ud83d\ude00"]) == "a%20b%26c%2F%C3%BC%F0%9F%98%80"
    assert A.call(js.g("encodeURI"), None, ["http://x.y/a b?q=1#f"]) == "http://x.y/a%20b?q=1#f"
    assert A.call(dec, None, ["%F0%9F%98%80%41"]) == "\ud83d\ude00A"
    assert A.call(js.g("decodeURI"), None, ["%2F%41%23"]) == "%2FA%23"
    for bad in ("%", "%G0", "%C3", "%C0%80", "%ED%A0%80"):
        js.throws(lambda: A.call(dec, None, [bad]), "URI malformed", kind="URIError")
    js.throws(lambda: A.call(enc, None, ["\ud800"]), "URI malformed", kind="URIError")
    assert A.call(js.g("escape"), None, ["a b\u0100@"]) == "a%20b%u0100@"
    assert A.call(js.g("unescape"), None, ["a%20b%u0100%zz%u12"]) == "a b\u0100%zz%u12"


def test_global_values(js):
    assert js.g("globalThis") is js.realm.global_object and math.isnan(js.g("NaN")) and js.g("Infinity") == math.inf
    d = js.realm.global_object.get_own_property("undefined")
    assert d.writable is False and d.configurable is False
    assert A.call(js.g("isNaN"), None, ["x"]) is True and A.call(js.g("isFinite"), None, ["12"]) is True


# -- iterators --

def test_array_iterator(js):
    a = js.arr(1.0, 2.0)
    from pyjs.engine.runtime.builtins.iterator import create_array_iterator
    entries = create_array_iterator(js.realm, a, "key+value")
    assert [js.list(e) for e in js.list(entries)] == [[0.0, 1.0], [1.0, 2.0]]
    keys = create_array_iterator(js.realm, a, "key")
    assert A.invoke(keys, WellKnown.iterator, []) is keys and js.list(keys) == [0.0, 1.0]
    vals = create_array_iterator(js.realm, a, "value")
    js.m(vals, "next")
    A.set_member(a, 2.0, 3.0)  # growing while iterating is seen
    assert js.list(vals) == [2.0, 3.0]
    assert A.get_member(js.m(vals, "next"), "done") is True
    assert to_string(A.get_member(vals, WellKnown.toStringTag)) == "Array Iterator"


def _counting_iterator(js, n, log):
    """A plain iterator object over 0..n-1 that logs next/return calls."""
    state = {"i": 0}

    def next_(this, args):
        log.append("next")
        i = state["i"]
        state["i"] += 1
        return js.obj(value=float(i), done=i >= n)

    def return_(this, args):
        log.append("return")
        return js.obj()
    it = JSObject(js.realm.intrinsics["%IteratorPrototype%"])
    A.create_data_property(it, "next", js.f(next_))
    A.create_data_property(it, "return", js.f(return_))
    return it


def test_iterator_helpers(js):
    log = []
    it = _counting_iterator(js, 10, log)
    mapped = js.m(js.m(js.m(it, "map", js.f(lambda t, a: a[0] * 10)), "filter",
                       js.f(lambda t, a: a[0] != 20.0)), "take", 3.0)
    assert js.list(mapped) == [0.0, 10.0, 30.0]
    assert log[-1] == "return"  # take closed the underlying iterator
    assert js.list(js.m(_counting_iterator(js, 5, []), "drop", 3.0)) == [3.0, 4.0]
    flat = js.m(_counting_iterator(js, 3, []), "flatMap", js.f(lambda t, a: js.arr(a[0], a[0])))
    assert js.list(flat) == [0.0, 0.0, 1.0, 1.0, 2.0, 2.0]
    assert js.m(_counting_iterator(js, 4, []), "reduce", js.f(lambda t, a: a[0] + a[1])) == 6.0
    assert js.list(js.m(_counting_iterator(js, 2, []), "toArray")) == [0.0, 1.0]
    log2 = []
    assert js.m(_counting_iterator(js, 5, log2), "some", js.f(lambda t, a: a[0] == 1.0)) is True
    assert log2 == ["next", "next", "return"]
    assert js.m(_counting_iterator(js, 5, []), "every", js.f(lambda t, a: a[0] < 9)) is True
    assert js.m(_counting_iterator(js, 5, []), "find", js.f(lambda t, a: a[0] > 2)) == 3.0
    seen = []
    js.m(_counting_iterator(js, 3, []), "forEach", js.f(lambda t, a: seen.append(a[1])))
    assert seen == [0.0, 1.0, 2.0]


def test_iterator_helper_protocol(js):
    log = []
    helper = js.m(_counting_iterator(js, 5, log), "map", js.f(lambda t, a: a[0]))
    assert to_string(A.get_member(helper, WellKnown.toStringTag)) == "Iterator Helper"
    assert A.get_member(js.m(helper, "return"), "done") is True and log == ["return"]
    assert A.get_member(js.m(helper, "next"), "done") is True
    log.clear()
    h2 = js.m(_counting_iterator(js, 5, log), "filter", js.f(lambda t, a: True))
    js.m(h2, "next")
    js.m(h2, "return")
    assert log == ["next", "return"]
    js.throws(lambda: js.m(_counting_iterator(js, 1, log), "map", 5.0), "5 is not a function")
    assert log[-1] == "return"
    js.throws(lambda: js.m(_counting_iterator(js, 1, []), "take", -1.0), kind="RangeError")
    js.throws(lambda: js.m(_counting_iterator(js, 1, []), "take", math.nan), kind="RangeError")
    js.throws(lambda: js.m(_counting_iterator(js, 0, []), "reduce", js.f(lambda t, a: None)),
              "Reduce of a done iterator with no initial value")


def test_iterator_constructor_and_from(js):
    Iterator = js.g("Iterator")
    js.throws(lambda: A.construct(Iterator, []), "Abstract class Iterator not directly constructable")
    js.throws(lambda: A.call(Iterator, None, []), "Constructor Iterator requires 'new'")
    assert A.get_member(Iterator, "prototype") is js.realm.intrinsics["%IteratorPrototype%"]
    assert js.list(js.m(Iterator, "from", "ab")) == ["a", "b"]
    plain = js.obj()
    n = {"i": 0}

    def nxt(this, args):
        n["i"] += 1
        return js.obj(value=float(n["i"]), done=n["i"] > 2)
    A.create_data_property(plain, "next", js.f(nxt))
    wrapped = js.m(Iterator, "from", plain)
    assert wrapped is not plain and js.list(js.m(wrapped, "toArray")) == [1.0, 2.0]
    it = _counting_iterator(js, 1, [])
    assert js.m(Iterator, "from", it) is it
    js.throws(lambda: js.m(Iterator, "from", 5.0))
    proto = js.realm.intrinsics["%IteratorPrototype%"]
    assert A.get_member(proto, WellKnown.toStringTag) == "Iterator"
    assert A.get_member(proto, "constructor") is Iterator
    child = JSObject(proto)
    A.set_member(child, WellKnown.toStringTag, "Mine")
    assert A.get_member(child, WellKnown.toStringTag) == "Mine"
    js.throws(lambda: A.set_member(proto, WellKnown.toStringTag, "x"))


def test_get_iterator_errors(js):
    from pyjs.engine.runtime.iteration import get_iterator
    js.throws(lambda: get_iterator(5.0), "number 5 is not iterable (cannot read property Symbol(Symbol.iterator))")
    js.throws(lambda: get_iterator(js.obj()), "object is not iterable (cannot read property Symbol(Symbol.iterator))")
    bad = js.obj()
    A.create_data_property(bad, WellKnown.iterator, js.f(lambda t, a: 5.0))
    js.throws(lambda: get_iterator(bad), "Result of the Symbol.iterator method is not an object")


def test_async_from_sync_iterator(js):
    from pyjs.engine.runtime import promise as P
    from pyjs.engine.runtime.iteration import get_iterator
    rec = get_iterator(js.arr(1.0, js.s("Promise.resolve", 2.0)), "async")
    out = []
    for _ in range(3):
        p = A.call(rec.next_method, rec.iterator, [])
        A.invoke(p, "then", [js.f(lambda t, a: out.append((A.get_member(a[0], "value"),
                                                           A.get_member(a[0], "done"))))])
    P.run_jobs()
    assert out == [(1.0, False), (2.0, False), (None, True)]


def test_error_stack_header_is_formatted_on_first_read(js):
    e = A.construct(js.g("Error"), ["m"])
    A.set_member(e, "name", "Custom")
    assert A.get_member(e, "stack").split("\n")[0] == "Custom: m"
    A.set_member(e, "name", "Later")
    assert A.get_member(e, "stack").split("\n")[0] == "Custom: m"  # formatted once, like V8
    e2 = A.construct(js.g("TypeError"), [])
    desc = e2.get_own_property("stack")
    assert desc.value == "TypeError" and desc.writable and not desc.enumerable
    A.set_member(e2, "stack", "mine")
    assert A.get_member(e2, "stack") == "mine"
    child = JSObject(A.construct(js.g("RangeError"), ["r"]))
    assert A.get_member(child, "stack").startswith("RangeError: r")
    target = js.obj(message="hi")
    js.s("Error.captureStackTrace", target)
    assert A.get_member(target, "stack").startswith("Error: hi")


@pytest.mark.spec_only  # V8 prints `function get $&()`, which is no NativeFunction
def test_native_function_names_keep_the_native_function_syntax(run_js):
    out = run_js("""
    for (var k of ["$&", "$1", "$`"]) console.log(Object.getOwnPropertyDescriptor(RegExp, k).get.toString());
    console.log(String(Object.getOwnPropertyDescriptor(Map, Symbol.species).get));
    """)
    assert out == ('function get ["$&"]() { [native code] }\nfunction get $1() { [native code] }\n'
                   'function get ["$`"]() { [native code] }\nfunction get [Symbol.species]() { [native code] }\n')
