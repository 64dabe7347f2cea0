// holes read through the prototype, getters, array-likes, length truncation
Array.prototype[1] = 'P';
const h = [0, , 2];
console.log(h.indexOf('P'), h.includes('P'), h.join('-'), h.map(x => x + '!'), h.slice(), 1 in h.slice());
delete Array.prototype[1];
const g = [1, 2, 3];
Object.defineProperty(g, 1, { get() { console.log('get 1'); return 20; } });
console.log(g.indexOf(20), g.join(), g.map(x => x * 2));
const frozen = Object.freeze([1, 2]);
try { frozen.push(3); } catch (e) { console.log(e.constructor.name, e.message); }
try { frozen.pop(); } catch (e) { console.log(e.constructor.name, e.message); }
try { frozen.sort(); } catch (e) { console.log(e.constructor.name, e.message); }
const arr = [1, 2, 3, 4, 5];
arr.length = 2; console.log(arr, arr.length);
arr.length = 4; console.log(arr);
try { arr.length = -1; } catch (e) { console.log(e.constructor.name, e.message); }
const big = []; big[2 ** 32 - 2] = 'last'; console.log(big.length);
try { new Array(2 ** 32); } catch (e) { console.log(e.message); }
console.log([3, 1, 2].sort((a, b) => b - a), [, 'b', undefined, 'a'].sort(), ['B', 'a', 'C'].sort());
console.log(Array.from('héllo'), Array.from([1, 2], x => x * 3), Array.from({ length: 2 }));
console.log(Array.from({ length: 3, 0: 'a', 2: 'c' }), Array.of(), Array.of(undefined));
const it = [10, 20].entries(); console.log(it.next(), [...it], [...[5, 6].keys()], [...'ab'].concat([...[1].values()]));
console.log([1, [2, [3, [4, [5]]]]].flat(Infinity), [[]].flat(), [1, 2].flatMap(x => [[x]]));
console.log([1, 2, 3].includes(3, -1), [1, 2, 3].indexOf(1, -2), [NaN].lastIndexOf(NaN), [1, 2, 1].lastIndexOf(1, -2));
console.log([0, 1, 2].every(x => x >= 0), [].every(() => false), [].some(() => true), [1, 2].find(x => x > 5));
console.log(Array.prototype.concat.call(1, 2), [].concat({ length: 1, 0: 'x', [Symbol.isConcatSpreadable]: true }));
console.log([1, 2, 3, 4].splice(-2), [1, 2, 3].splice(1), [1, 2, 3].splice(), [1, 2, 3].splice(0, 1, 'a', 'b'));
const u = [1, 2]; console.log(u.unshift(), u.unshift(-1, 0), u, u.shift(), u);
console.log([1, 2, 3].toString(), String([null, undefined, [1, [2]]]), [1, 2].toLocaleString());
console.log([5, 1, 4].toSorted(), [1, 2].toReversed(), [1, , 3].toSpliced(0, 0), [1, 2].with(0, 'z'));
try { [1].with(5, 0); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Array.isArray(Array.prototype), Array.prototype.length, Object.keys(Array.prototype[Symbol.unscopables]).length);
console.log([1, 2, 3].fill(9, -1), [1, 2, 3, 4, 5].copyWithin(-2, 0, 2), [1, 2, 3].at(1.7), [].at(0));
class MyArr extends Array {}
const ma = MyArr.from([1, 2, 3]);
console.log(ma instanceof MyArr, ma.map(x => x) instanceof MyArr, ma.filter(Boolean).length, MyArr.of(1).constructor.name);
console.log([10, 1, 5, 100].sort(), [10, 1, 5, 100].sort((a, b) => a - b), ['b', 'a', 'c'].reverse());
const objs = Array.from({ length: 10 }, (_, i) => ({ k: i % 3, i }));
console.log(objs.sort((a, b) => a.k - b.k).map(o => o.i).join(','));
console.log([1, 2, 3].reduce((acc, x, i, a) => acc + x * i, 0), [[1, 2], [3]].reduceRight((a, b) => a.concat(b)));
console.log(Array.prototype.map.call('abc', c => c.toUpperCase()), Array.prototype.join.call({ length: 2 }));
