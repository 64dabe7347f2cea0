console.log([1, 2, 3], [], [, 1, , ], [1, , 3], { a: 1, 'b-c': 2, [Symbol('x')]: 3 });
console.log({ a: { b: { c: { d: 1 } } } }, { a: [{ b: [1] }] });
console.log([...Array(30).keys()]);
console.log(Array.from({ length: 12 }, (_, i) => 'item' + i));
console.log(-0, [-0], 0.1, 1e21, 123n, [123n], Symbol('s'), [Symbol()], undefined, null, true, [undefined, null]);
console.log('str', ['str', "it's", 'a\nb', 'x"y\'z']);
class Foo { constructor() { this.x = 1; } }
class Bar extends Foo {}
console.log(new Foo(), [new Bar()], Foo, Bar, [class {}]);
function named() {}
console.log(named, [() => 1], async function af() {}, function* gen() {}, Math.max);
const circ = { name: 'c' }; circ.self = circ; circ.list = [circ];
console.log(circ);
console.log(Object.create(null), Object.assign(Object.create(null), { a: 1 }));
console.log({ get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} });
console.log(new Number(3), new String('ab'), new Boolean(false), [Object(1n)]);
console.log(Math, JSON);
console.log({ arr: new Array(5), nested: [[1, [2, [3, [4]]]]] });
console.log(Array(120).fill(7));
console.log({ longString: 'x'.repeat(90) });
console.log({ k1: 'aaaaaaaaaaaaaaaa', k2: 'bbbbbbbbbbbbbbbbbbbb', k3: 'cccccccccccccccccccc', k4: 'ddd' });
console.log([1.5, -2.25, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 100000]);
console.log(['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'ggggggg', 'hhhhhhhh']);
const sparse = [1, 2]; sparse[10] = 3; sparse.prop = 'p';
console.log(sparse);
console.log([function () {}, { f() {} }]);
