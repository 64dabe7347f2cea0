// DOMException: constructor arguments, attributes, legacy codes, inheritance.
const cases = [[], ["msg"], ["msg", "SyntaxError"], ["m", "DataCloneError"], ["m", "NotAnError"],
  [undefined, undefined], [42, 7], ["m", { name: "AbortError" }], ["m", { name: "TimeoutError", cause: 1 }],
  ["m", null]];
for (const args of cases) {
  const e = new DOMException(...args);
  console.log(JSON.stringify(args), e.name, JSON.stringify(e.message), e.code, "cause" in e ? e.cause : "-",
    String(e), e instanceof Error, Object.keys(e).length);
}
const e = new DOMException("x", "InvalidCharacterError");
console.log(Object.getPrototypeOf(DOMException.prototype) === Error.prototype, Object.prototype.toString.call(e));
console.log(DOMException.INVALID_CHARACTER_ERR, e.INVALID_CHARACTER_ERR, DOMException.DATA_CLONE_ERR,
  DOMException.prototype.ABORT_ERR);
const d = Object.getOwnPropertyDescriptor(DOMException, "SYNTAX_ERR");
console.log(d.value, d.writable, d.enumerable, d.configurable);
const n = Object.getOwnPropertyDescriptor(DOMException.prototype, "name");
console.log(typeof n.get, n.set, n.enumerable, n.configurable);
console.log(Object.getOwnPropertyNames(DOMException.prototype).length, typeof e.stack, e.stack.split("\n")[0]);
try { DOMException.prototype.name; } catch (x) { console.log("brand check:", x.constructor.name); }
try { n.get.call({}); } catch (x) { console.log("brand check:", x.constructor.name); }
class MyException extends DOMException {
  constructor() { super("custom", "NotFoundError"); }
}
const m = new MyException();
console.log(m instanceof MyException, m instanceof DOMException, m.name, m.code, m.message);
