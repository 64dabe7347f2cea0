"""Promises: job ordering through run_jobs (checked against node), combinators, the internal
API used by async functions, and unhandled-rejection tracking."""
import pytest

from pyjs.engine.runtime import access as A
from pyjs.engine.runtime import promise as P
from pyjs.engine.runtime.conversions import to_string
from pyjs.engine.runtime.errors import JSThrow
from pyjs.engine.runtime.function import builtin
from pyjs.engine.runtime.iteration import iterate_to_list
from pyjs.engine.runtime.objects import JSObject


class JS:
    """Tiny helpers to write the JS scenarios in Python."""

    def __init__(self, realm):
        self.realm = realm
        self.Promise = realm.intrinsics["%Promise%"]
        self.log = []

    def f(self, py, length=1):
        return builtin(self.realm, "f", length, lambda this, args: py(*(args + [None] * 2)[:max(length, 1)]))

    def push(self, tag):
        return self.f(lambda v: self.log.append(tag if not callable(tag) else tag(v)))

    def then(self, p, on_ok=None, on_err=None):
        return A.invoke(p, "then", [on_ok, on_err])

    def static(self, name, *args):
        return A.invoke(self.Promise, name, list(args))

    def array(self, *items):
        return A.create_array_from_list(list(items), self.realm)


@pytest.fixture
def js(realm):
    return JS(realm)


def test_basic_interleaving(js):
    a = js.then(js.static("resolve"), js.push(1))
    js.then(a, js.push(2))
    b = js.then(js.static("resolve"), js.push(3))
    js.then(b, js.push(4))
    P.run_jobs()
    assert js.log == [1, 3, 2, 4]


def test_ordering_matches_node(js, realm):
    # The scenario of the module docstring, as node prints it.
    inner = js.static("resolve")
    p = A.construct(js.Promise, [js.f(lambda r, _: A.call(r, None, [inner]), 2)])
    js.then(p, js.push("p"))
    x = js.static("resolve")
    for tag in "abcd":
        x = js.then(x, js.push(tag))
    fin = A.invoke(js.static("resolve", 1.0), "finally", [js.push("f")])
    js.then(fin, js.push(lambda v: "fv" + to_string(v)))
    rej = js.then(js.static("reject", 2.0), None, None)
    A.invoke(rej, "catch", [js.push(lambda v: "caught" + to_string(v))])
    never = A.construct(js.Promise, [js.f(lambda r, _: None, 2)])
    race = js.static("race", js.array(never, js.static("resolve", "r")))
    js.then(race, js.push(lambda v: "race" + to_string(v)))

    def settled(v):
        parts = []
        for item in iterate_to_list(v):
            status = item.get("status")
            val = item.get("value") if status == "fulfilled" else item.get("reason")
            parts.append(status + to_string(val))
        return "settled" + ",".join(parts)
    js.then(js.static("allSettled", js.array(js.static("reject", 1.0), 2.0)), js.push(settled))

    def agg(e):
        return to_string(A.get_member(A.get_member(e, "constructor"), "name")) + \
            to_string(A.get_member(e, "errors")) + to_string(A.get_member(e, "message"))
    A.invoke(js.static("any", js.array(js.static("reject", 1.0), js.static("reject", 2.0))), "catch",
             [js.push(agg)])
    thenable = JSObject(realm.intrinsics["%Object.prototype%"])

    def then_method(this, args):
        js.log.append("thenable-called")
        A.call(args[0], None, ["t"])
    A.create_data_property(thenable, "then", builtin(realm, "then", 2, then_method))
    js.then(js.static("resolve", thenable), js.push(lambda v: v))
    P.run_jobs()
    expected = ("a f thenable-called b caught2 racer settledrejected1,fulfilled2 "
                "AggregateError1,2All promises were rejected t p c d fv1")
    assert " ".join(str(x) for x in js.log) == expected


def test_all_values_and_rejection(js):
    out = []
    js.then(js.static("all", js.array(1.0, js.static("resolve", 2.0), "x")),
            js.f(lambda v: out.append(to_string(v))))
    js.then(js.static("all", js.array(1.0, js.static("reject", "no"))), None, js.f(lambda e: out.append(e)))
    js.then(js.static("all", js.array()), js.f(lambda v: out.append("empty" + to_string(v))))
    P.run_jobs()
    assert sorted(out) == sorted(["1,2,x", "no", "empty"])


def test_all_rejects_non_iterable(js):
    out = []
    js.then(js.static("all", 5.0), None, js.f(lambda e: out.append(A.get_member(e, "message"))))
    P.run_jobs()
    assert out == ["number 5 is not iterable (cannot read property Symbol(Symbol.iterator))"]


def test_chaining_cycle(js):
    out = []
    holder = []
    q = js.then(js.static("resolve"), js.f(lambda v: holder[0]))
    holder.append(q)
    js.then(q, None, js.f(lambda e: out.append(A.get_member(e, "message"))))
    P.run_jobs()
    assert out == ["Chaining cycle detected for promise #<Promise>"]


def test_constructor_errors(js):
    with pytest.raises(JSThrow) as e:
        A.call(js.Promise, None, [])
    assert e.value.value.get("message") == "Promise constructor cannot be invoked without 'new'"
    with pytest.raises(JSThrow) as e:
        A.construct(js.Promise, [5.0])
    assert e.value.value.get("message") == "Promise resolver 5 is not a function"
    with pytest.raises(JSThrow) as e:
        A.call(A.get_member(js.Promise, "resolve"), 5.0, [])
    assert e.value.value.get("message") == "PromiseResolve called on non-object"


def test_executor_throw_rejects(js):
    def executor(res, rej):
        raise JSThrow("boom")
    p = A.construct(js.Promise, [js.f(executor, 2)])
    assert p.state == "rejected" and p.result == "boom"


def test_with_resolvers(js):
    o = js.static("withResolvers")
    p, res = A.get_member(o, "promise"), A.get_member(o, "resolve")
    assert A.get_member(res, "length") == 1.0
    A.call(res, None, [5.0])
    A.call(res, None, [6.0])
    assert p.state == "fulfilled" and p.result == 5.0


def test_internal_api_python_reactions(js, realm):
    """What async functions use: promise_resolve + perform_promise_then with Python callables."""
    log = []
    p = P.promise_resolve(js.Promise, 3.0)
    assert P.promise_resolve(js.Promise, p) is p
    P.perform_promise_then(p, lambda v: log.append(("ok", v)), lambda e: log.append(("err", e)), None)
    cap = P.new_promise_capability(js.Promise)
    derived = P.perform_promise_then(p, lambda v: v * 2, None, cap)
    js.then(derived, js.f(lambda v: log.append(("derived", v))))

    def raiser(v):
        raise JSThrow("bad")
    cap2 = P.new_promise_capability(js.Promise)
    P.perform_promise_then(p, raiser, None, cap2)
    js.then(cap2.promise, None, js.f(lambda e: log.append(("rejected", e))))
    P.run_jobs()
    assert log == [("ok", 3.0), ("derived", 6.0), ("rejected", "bad")]


def test_unhandled_rejections(js):
    P.take_unhandled_rejections()
    p1 = js.static("reject", "lost")
    p2 = js.static("reject", "handled later")
    js.then(p2, None, js.f(lambda e: None))
    P.run_jobs()
    assert P.take_unhandled_rejections() == [p1]


def test_species_then(js, realm):
    # A subclass-like constructor through species: then() builds through NewPromiseCapability(C).
    made = []

    def ctor(args, new_target):
        made.append(1)
        return js.Promise.construct(args, js.Promise)
    C = builtin(realm, "C", 1, lambda t, a: None, ctor)
    p = js.static("resolve", 1.0)
    A.create_data_property(p, "constructor", JSObject(realm.intrinsics["%Object.prototype%"]))
    from pyjs.engine.runtime.values import WellKnown
    A.create_data_property(A.get_member(p, "constructor"), WellKnown.species, C)
    js.then(p, js.f(lambda v: None))
    assert made == [1]
