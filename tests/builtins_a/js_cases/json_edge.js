console.log(JSON.stringify({ a: undefined, b: () => 1, c: Symbol('x'), d: NaN, e: -0, f: Infinity, g: null, h: [undefined, () => 1, Symbol()] }));
console.log(JSON.stringify('\u2028\u2029\b\f\n\r\t\v\0'), JSON.stringify({ '\ud800': 1 }));
console.log(JSON.stringify([new Number(3), new String('s'), new Boolean(false), Object(Symbol())]));
console.log(JSON.stringify({ b: 1, a: [1, { c: 2 }] }, null, '\t'), JSON.stringify([], null, 2), JSON.stringify({}, null, 2), JSON.stringify([[]], null, 2));
console.log(JSON.stringify({ a: 1, b: 2, nested: { a: 3, b: 4 } }, ['a', 'nested', 'a']), JSON.stringify({ 1: 'one', 2: 'two' }, [1, new String('2')]));
console.log(JSON.stringify({ a: 1, b: [1, 2] }, function (k, v) { return typeof v === 'number' ? v * 10 : v; }), JSON.stringify(1, (k, v) => k === '' ? [k, v] : v));
console.log(JSON.stringify({ toJSON(key) { return { key }; } }), JSON.stringify({ x: { toJSON() { return undefined; } } }), JSON.stringify('x', null, 20));
console.log(JSON.stringify({ a: 1 }, null, 100).length, JSON.stringify({ a: 1 }, null, 'abcdefghijklmnop'), JSON.stringify({ a: [1] }, null, new Number(1)));
const parsed = JSON.parse('{"a":{"b":[1,{"c":true}]},"d":"x"}', function (k, v) { if (k === 'c') return undefined; if (k === 'd') return this.a.b.length; return v; });
console.log(parsed, JSON.parse('[1, 2]', (k, v) => Array.isArray(v) ? v.length : v * 2));
console.log(JSON.parse(' "\\u00e9\\n\\/" '), JSON.parse('1E2'), JSON.parse('-0.5e-1'), JSON.parse('{"__proto__": {"x": 1}}').x, Object.keys(JSON.parse('{"b":1,"a":2,"1":3}')));
console.log(JSON.parse('{"a":1,"a":2}'), JSON.parse('[]'), JSON.parse('{}'), JSON.parse('"\\ud83d\\ude00"').length, JSON[Symbol.toStringTag]);
try { JSON.parse('{"a":1}', 5) } catch (e) { console.log('no') }
try { JSON.parse(undefined) } catch (e) { console.log(e.name, e.message) }
try { JSON.parse('[1, 2') } catch (e) { console.log(e.name, e.message) }
try { JSON.parse('{"a":\n  1,\n  "b" }') } catch (e) { console.log(e.name, e.message) }
