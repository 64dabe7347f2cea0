"""Error objects, V8-worded runtime errors, stack traces, stack overflow, throw of any value."""
import re

import pytest

CASES = [
    # V8 quotes the unexpected token (fuzz mutant 15-33 of the fixed-seed run)
    pytest.param("""
for (const src of ['let = ;', 'var = 1', '1 +* 2']) {
  try { eval(src); } catch (e) { console.log(e.name, e.message); }
}
""", "SyntaxError Unexpected token ';'\nSyntaxError Unexpected token '='\nSyntaxError Unexpected token '*'",
                 id="unexpected_token_quoted"),
    # and names the unexpected identifier, its escapes decoded (fuzz mutant 15029-22)
    pytest.param("""
for (const src of ['throw a b', 'a \\u0062c', 'throw \u03cdnew RangeError(1)', 'var x = 1 2', '@', '\\ud800']) {
  try { eval(src); } catch (e) { console.log(e.name, e.message); }
}
""", "SyntaxError Unexpected identifier 'b'\nSyntaxError Unexpected identifier 'bc'\n"
     "SyntaxError Unexpected identifier 'RangeError'\nSyntaxError Unexpected number\n"
     "SyntaxError Invalid or unexpected token\nSyntaxError Invalid or unexpected token",
                 id="unexpected_identifier_named_and_illegal_characters"),
    pytest.param("""
const e = new Error('msg');
console.log(e.name, e.message, String(e), e instanceof Error, Object.keys(e).length, typeof e.stack);
""", "Error msg Error: msg true 0 string", id="error_object"),
    pytest.param("""
const kinds = [TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
console.log(kinds.map(K => { const e = new K('m'); return `${e.name}:${e instanceof Error}:${Object.getPrototypeOf(K) === Error}`; }).join(' '));
""", "TypeError:true:true RangeError:true:true SyntaxError:true:true ReferenceError:true:true EvalError:true:true URIError:true:true",
                 id="native_error_kinds"),
    pytest.param("""
const e = new Error('outer', {cause: 'root'});
console.log(e.cause, 'cause' in new Error('x'), String(new Error()), new TypeError().message === '');
""", "root false Error true", id="error_cause_and_empty_message"),
    pytest.param("""
for (const v of [1, 'str', null, undefined, {k: 1}]) {
  try { throw v; } catch (caught) { console.log(caught === v, typeof caught); }
}
""", "true number\ntrue string\ntrue object\ntrue undefined\ntrue object", id="throw_any_value"),
    pytest.param("""
const results = [];
const attempts = {
  notFunction: () => { const x = 1; x(); },
  notFunctionMember: () => { const o = {a: {}}; o.a.b(); },
  notIterable: () => { const [a] = 5; },
  spreadNotIterable: () => [...{}],
  undefinedToObject: () => Object.keys(undefined),
  invalidArrayLength: () => new Array(-1),
  notConstructor: () => new (() => {})(),
  readUndefined: () => undefined.x,
  symbolToNumber: () => +Symbol(),
  cyclic: () => { const o = {}; o.o = o; JSON.stringify(o); },
};
for (const [name, f] of Object.entries(attempts)) {
  try { f(); } catch (e) { results.push(`${name}: ${e.constructor.name}: ${e.message.split('\\n')[0]}`); }
}
console.log(results.join('\\n'));
""", """notFunction: TypeError: x is not a function
notFunctionMember: TypeError: o.a.b is not a function
notIterable: TypeError: 5 is not iterable
spreadNotIterable: TypeError: {} is not iterable
undefinedToObject: TypeError: Cannot convert undefined or null to object
invalidArrayLength: RangeError: Invalid array length
notConstructor: TypeError: (intermediate value) is not a constructor
readUndefined: TypeError: Cannot read properties of undefined (reading 'x')
symbolToNumber: TypeError: Cannot convert a Symbol value to a number
cyclic: TypeError: Converting circular structure to JSON""", id="v8_messages"),
    pytest.param("""
function recurse(n) { return recurse(n + 1) + 1; }
try { recurse(0); } catch (e) { console.log(e instanceof RangeError, e.message); }
console.log('still running');
""", "true Maximum call stack size exceeded\nstill running", id="stack_overflow_is_range_error"),
    pytest.param("""
const o = { get self() { return this.self; } };
try { o.self; } catch (e) { console.log(e.name, e.message); }
""", "RangeError Maximum call stack size exceeded", id="getter_recursion_overflow"),
    pytest.param("""
function a() { return [1].map(function cb() { return a(); }); }
try { a(); } catch (e) { console.log(e.name); }
""", "RangeError", id="overflow_through_builtin_callbacks"),
    pytest.param("""
let depth = 0;
function down(n) { depth = n; return n === 0 ? 0 : 1 + down(n - 1); }
console.log(down(3000));
""", "3000", id="moderate_recursion_is_fine"),
    pytest.param("""
class ValidationError extends Error {
  constructor(field) { super(`invalid ${field}`); this.name = 'ValidationError'; this.field = field; }
}
try { throw new ValidationError('email'); }
catch (e) { console.log(`${e}`, e.field, e instanceof ValidationError); }
""", "ValidationError: invalid email email true", id="custom_error_subclass"),
    pytest.param("""
const e = new Error('props');
const d = Object.getOwnPropertyDescriptor(e, 'message');
console.log(d.enumerable, d.writable, Error.prototype.name, Error.prototype.message === '');
""", "false true Error true", id="error_property_attributes"),
    # V8's wording where a built-in reports a value it cannot use (checked against node 20)
    pytest.param("""
const attempts = [
  () => { class A extends null {} new A(); },
  () => { class A extends Object {} Object.setPrototypeOf(A, Math.max); new A(); },
  () => { class A extends Object {} Object.setPrototypeOf(A, {}); new A(); },
  () => { new (class extends Object { constructor() { Object.setPrototypeOf(new.target, null); super(); } })(); },
  () => Reflect.apply(1), () => Reflect.apply({}), () => Reflect.apply(null), () => Reflect.apply(undefined),
  () => new ArrayBuffer(-1), () => new ArrayBuffer(1, {maxByteLength: -1}),
  () => new DataView(new ArrayBuffer(1), -1), () => new DataView(new ArrayBuffer(1), 0, -2),
  () => new DataView(new ArrayBuffer(1)).getInt8(-1), () => new Int8Array(new ArrayBuffer(4), -3),
  () => new Proxy({}, {get: 1}).x, () => 'a' in new Proxy({}, {has: 'x'}),
  () => `${{[Symbol.toPrimitive]: -0}}`, () => `${{[Symbol.toPrimitive]: 's'}}`,
  () => 'a'.split({[Symbol.split]: true}), () => ({}) instanceof {[Symbol.hasInstance]: {}},
  () => `${{[Symbol.toPrimitive]: 1n}}`,
  () => Array.prototype.map.call(null, x => x), () => [].findLastIndex.call(undefined, x => x),
  () => [].reduceRight.call(null, x => x), () => [].every.call(null, x => x), () => [].join.call(null),
];
for (const f of attempts) { try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); } }
""", """TypeError Super constructor null of A is not a constructor
TypeError Super constructor max of A is not a constructor
TypeError Super constructor #<Object> of A is not a constructor
TypeError Super constructor null of anonymous class is not a constructor
TypeError Function.prototype.apply was called on 1, which is a number and not a function
TypeError Function.prototype.apply was called on #<Object>, which is an object and not a function
TypeError Function.prototype.apply was called on null, which is null and not a function
TypeError Function.prototype.apply was called on undefined, which is a undefined and not a function
RangeError Invalid array buffer length
RangeError Invalid array buffer max length
RangeError Start offset -1 is outside the bounds of the buffer
RangeError Invalid DataView length -2
RangeError Offset is outside the bounds of the DataView
RangeError Start offset -3 is outside the bounds of the buffer
TypeError '1' returned for property 'get' of object '#<Object>' is not a function
TypeError 'x' returned for property 'has' of object '#<Object>' is not a function
TypeError number 0 is not a function
TypeError string "s" is not a function
TypeError boolean true is not a function
TypeError object is not a function
TypeError bigint is not a function
TypeError Array.prototype.map called on null or undefined
TypeError Array.prototype.findLastIndex called on null or undefined
TypeError Array.prototype.reduceRight called on null or undefined
TypeError Array.prototype.every called on null or undefined
TypeError Cannot convert undefined or null to object""", id="v8_messages_of_builtins"),
]


@pytest.mark.parametrize("src,expected", CASES)
def test_output(run_js, src, expected):
    assert run_js(src) == expected + "\n"


def test_stack_names_frames_with_positions(run_js):
    out = run_js("""function inner() {
  throw new Error('trace me');
}
function outer() { inner(); }
try { outer(); } catch (e) { console.log(e.stack); }
""")
    lines = out.splitlines()
    assert lines[0] == "Error: trace me"
    assert re.fullmatch(r"    at inner \(.*test\.js:2:9\)", lines[1]), lines[1]
    assert re.fullmatch(r"    at outer \(.*test\.js:4:20\)", lines[2]), lines[2]
    assert re.fullmatch(r"    at .*test\.js:5:7", lines[3]), lines[3]


def test_stack_method_frames(run_js):
    out = run_js("""class Shape {
  area() { return this.missing.value; }
}
try { new Shape().area(); } catch (e) { console.log(e.stack.split('\\n').slice(0, 2).join('\\n')); }
""")
    head, frame = out.splitlines()
    assert head == "TypeError: Cannot read properties of undefined (reading 'value')"
    assert re.fullmatch(r"    at Shape\.area \(.*test\.js:2:32\)", frame), frame


def test_uncaught_error_reported(js_error):
    assert js_error("function f() { null.x; }\nf();") == \
        "TypeError: Cannot read properties of null (reading 'x')"


def test_uncaught_non_error_value(js_error):
    assert js_error("throw 42;") == "Uncaught 42"
