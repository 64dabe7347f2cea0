"""Classes: fields, private members, accessors, static blocks, super, new.target; object literals."""
import pytest

CASES = [
    pytest.param("""
class A { constructor(x) { this.x = x; } get double() { return this.x * 2; } inc() { this.x++; return this; } }
const a = new A(4);
console.log(a.inc().double, typeof A, Object.getOwnPropertyNames(A.prototype).join());
""", "10 function constructor,double,inc", id="basic_class"),
    pytest.param("""
class A { m() {} }
const d = Object.getOwnPropertyDescriptor(A.prototype, 'm');
console.log(d.enumerable, d.writable, d.configurable, Object.keys(A.prototype).length);
""", "false true true 0", id="methods_not_enumerable"),
    pytest.param("""
class A {}
try { A(); } catch (e) { console.log(e.name + ': ' + e.message); }
""", "TypeError: Class constructor A cannot be invoked without 'new'", id="class_call_throws"),
    pytest.param("""
class C { a = 1; b = this.a + 1; ['c' + 1] = 3; static s = 'st'; }
const c = new C();
console.log(c.a, c.b, c.c1, C.s, Object.keys(c).join());
""", "1 2 3 st a,b,c1", id="public_fields"),
    pytest.param("""
let order = [];
class B { constructor() { order.push('B ctor'); } }
class D extends B { f = order.push('D field'); constructor() { order.push('D before super'); super(); order.push('D after super'); } }
new D();
console.log(order.join(' / '));
""", "D before super / B ctor / D field / D after super", id="field_init_after_super"),
    pytest.param("""
class Counter {
  #count = 0;
  static #instances = 0;
  constructor() { Counter.#instances++; }
  #bump(n) { this.#count += n; }
  get #doubled() { return this.#count * 2; }
  set #value(v) { this.#count = v; }
  add(n) { this.#bump(n); return this; }
  reset(v) { this.#value = v; return this; }
  get report() { return `${this.#count}/${this.#doubled}`; }
  static get instances() { return Counter.#instances; }
  static has(o) { return #count in o; }
}
const c = new Counter().add(2).add(3);
new Counter();
console.log(c.report, c.reset(7).report, Counter.instances, Counter.has(c), Counter.has({}));
""", "5/10 7/14 2 true false", id="private_members"),
    pytest.param("""
class A { #x = 1; static read(o) { return o.#x; } }
try { A.read({}); } catch (e) { console.log(e.name + ': ' + e.message); }
""", "TypeError: Cannot read private member #x from an object whose class did not declare it",
                 id="private_brand_check"),
    pytest.param("""
class A { static #p() { return 'sp'; } static call() { return A.#p(); } }
console.log(A.call());
""", "sp", id="static_private_method"),
    pytest.param("""
class A {
  static log = [];
  static { A.log.push('block1'); }
  static x = A.log.push('field');
  static { A.log.push('block2:' + this.x); }
}
console.log(A.log.join());
""", "block1,field,block2:2", id="static_blocks_in_order"),
    pytest.param("""
class Animal {
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a sound`; }
  static create(n) { return new this(n); }
}
class Dog extends Animal {
  speak() { return super.speak() + ' (woof)'; }
  static create(n) { return super.create(n.toUpperCase()); }
}
const d = Dog.create('rex');
console.log(d.speak(), d instanceof Dog, d instanceof Animal, Object.getPrototypeOf(Dog) === Animal);
""", "REX makes a sound (woof) true true true", id="extends_and_super"),
    pytest.param("""
const base = { greet() { return 'base'; } };
const obj = { __proto__: base, greet() { return 'obj>' + super.greet(); } };
console.log(obj.greet());
""", "obj>base", id="super_in_object_literal"),
    pytest.param("""
class A { constructor() { this.kind = new.target.name; } }
class B extends A {}
console.log(new A().kind, new B().kind);
""", "A B", id="new_target_in_class"),
    pytest.param("""
class A { constructor() { return {custom: true}; } }
class B extends A { constructor() { super(); this.extra = 1; } }
console.log(JSON.stringify(new B()));
""", '{"custom":true,"extra":1}', id="super_returns_object"),
    pytest.param("""
class B extends Object { constructor() { } }
try { new B(); } catch (e) { console.log(e.name + ': ' + e.message); }
""", "ReferenceError: Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
                 id="derived_without_super"),
    pytest.param("""
class B extends Object { constructor() { this.x = 1; super(); } }
try { new B(); } catch (e) { console.log(e.name); }
""", "ReferenceError", id="this_before_super"),
    pytest.param("""
class MyArr extends Array { sum() { return this.reduce((a, b) => a + b, 0); } }
const m = MyArr.from([1, 2, 3]);
const mapped = m.map(x => x * 10);
console.log(m.sum(), mapped instanceof MyArr, mapped.sum(), m.length, Array.isArray(m));
""", "6 true 60 3 true", id="extends_array"),
    pytest.param("""
class MyErr extends Error { constructor(msg) { super(msg); this.name = 'MyErr'; } }
try { throw new MyErr('bad'); } catch (e) { console.log(e instanceof Error, e instanceof MyErr, String(e), e.message); }
""", "true true MyErr: bad bad", id="extends_error"),
    pytest.param("""
class T { get v() { return this._v ?? 'unset'; } set v(x) { this._v = x * 2; } static get s() { return 'static get'; } }
const t = new T();
const before = t.v; t.v = 5;
console.log(before, t.v, T.s);
""", "unset 10 static get", id="accessors"),
    pytest.param("""
const key = 'dyn', sym = Symbol('s');
class K { [key + 'Method']() { return 1; } get [key]() { return 2; } static [sym]() { return 3; } }
console.log(new K().dynMethod(), new K().dyn, K[sym]());
""", "1 2 3", id="computed_member_names"),
    pytest.param("""
const Named = class Inner { who() { return Inner.name; } };
const Anon = class {};
console.log(new Named().who(), Named.name, Anon.name, typeof Inner);
""", "Inner Inner Anon undefined", id="class_expressions"),
    pytest.param("""
try { new C(); } catch (e) { console.log(e.name); }
class C {}
console.log(typeof C);
""", "ReferenceError\nfunction", id="class_tdz"),
    pytest.param("""
function mixin(Base) { return class extends Base { mixed() { return 'mixed:' + this.base(); } }; }
class Base { base() { return 'b'; } }
class Final extends mixin(Base) {}
console.log(new Final().mixed());
""", "mixed:b", id="mixin_class_expression_extends"),
    pytest.param("""
class A { static m() { return this.name; } }
class B extends A {}
console.log(B.m(), Object.getOwnPropertyNames(B).includes('m'));
""", "B false", id="static_inherited"),
    pytest.param("""
class N extends null { constructor() { return Object.create(N.prototype); } }
console.log(Object.getPrototypeOf(N.prototype), new N() instanceof N);
""", "null true", id="extends_null"),
    pytest.param("""
class A { x = 'field'; m() { return this.x; } }
class B extends A { x = 'override'; }
console.log(new B().m());
""", "override", id="field_shadowing"),
    pytest.param("""
class A { constructor() { this.init(); } init() { this.v = 'A'; } }
class B extends A { init() { this.v = 'B'; } }
console.log(new B().v);
""", "B", id="virtual_dispatch_in_ctor"),
    pytest.param("""
const proto = { get full() { return this.first + ' ' + this.last; }, set full(v) { [this.first, this.last] = v.split(' '); } };
const p = Object.create(proto);
p.full = 'Ada Lovelace';
console.log(p.first, p.last, p.full, Object.keys(p).join());
""", "Ada Lovelace Ada Lovelace first,last", id="object_literal_accessors"),
    pytest.param("""
const k = 'z';
const o = { [k]: 1, [`${k}2`]: 2, ['a' + 'b']() { return 3; }, 10: 'ten', 1.5: 'x' };
console.log(Object.keys(o).join(), o.ab());
""", "10,z,z2,ab,1.5 3", id="computed_keys_order"),
    pytest.param("""
const x = 1, y = 2;
const o = { x, y, toString() { return `(${this.x},${this.y})`; } };
console.log(`${o}`, String(o));
""", "(1,2) (1,2)", id="shorthand_properties"),
    pytest.param("""
const o = {a: 1, a: 2, __proto__: Array.prototype};
console.log(o.a, Array.isArray(o), o instanceof Array, typeof o.push);
""", "2 false true function", id="duplicate_keys_and_proto"),
    pytest.param("""
class A { toString() { return 'A!'; } }
console.log(`${new A()}`, new A() + '', [new A(), new A()].join('|'));
""", "A! A! A!|A!", id="tostring_override"),
    pytest.param("""
class V { constructor(n) { this.n = n; } valueOf() { return this.n; } }
console.log(new V(2) + new V(3), new V(10) > new V(9), `${new V(4)}`);
""", "5 true [object Object]", id="valueof_override"),
    pytest.param("""
class A { static [Symbol.hasInstance](x) { return x === 42; } }
console.log(42 instanceof A, 43 instanceof A);
""", "true false", id="symbol_has_instance"),
    pytest.param("""
class B extends class {} { constructor(r) { super(); try { return r; } catch (e) { return; } } }
for (const r of [0, undefined, {k: 1}]) {
  try { const o = new B(r); console.log(typeof o, o.k); } catch (e) { console.log(e.constructor.name); }
}
""", "TypeError\nobject undefined\nobject 1", id="derived_return_rule_not_catchable_by_the_constructor"),
    pytest.param("""
class A { get [Symbol.toStringTag]() { return 'Custom'; } }
console.log(Object.prototype.toString.call(new A()));
""", "[object Custom]", id="to_string_tag"),
]


@pytest.mark.parametrize("src,expected", CASES)
def test_output(run_js, src, expected):
    assert run_js(src) == expected + "\n"


ERRORS = [
    pytest.param("class A { m() { return this.#nope; } }", "SyntaxError", id="undeclared_private"),
    pytest.param("class A { constructor() {} constructor() {} }", "SyntaxError",
                 id="duplicate_constructor"),
    pytest.param("class A { m() { super(); } }", "SyntaxError", id="super_call_outside_derived_ctor"),
    pytest.param("class A extends 5 {}", "TypeError", id="extends_non_constructor"),
]


@pytest.mark.parametrize("src,kind", ERRORS)
def test_error_kind(js_error, src, kind):
    assert js_error(src).split(":")[0] == kind
