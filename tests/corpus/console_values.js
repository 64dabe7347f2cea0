// console.log formatting of primitives, small arrays and plain objects.
console.log(1, 'two', true, null, undefined, 3.5, -0, NaN);
console.log([1, 2, 3]);
console.log(['a', 'b']);
console.log({ a: 1, b: 'x' });
console.log({ nested: { deep: [1, 2] }, flag: false });
console.log([]);
console.log({});
console.log([1, [2, [3]]]);
console.log('string with %s placeholder', 'a');
console.log('%d items', 42);
console.log([undefined, null]);
console.log(10n, Symbol('s'));
console.log(typeof console.log, typeof console.error);
const o = { list: ['x'], n: 0 };
console.log('obj:', o);
console.info('info goes to stdout');
