console.log('abc'.localeCompare('abd'), 'a'.localeCompare('a'), ['b', 'a', 'C', 'á'].sort((x, y) => x.localeCompare(y)));
console.log('%', 'x'.concat(1, null, undefined, [2, 3]), 'ab'.repeat(3), ''.repeat(5), 'abc'.startsWith('b', 1), 'abc'.endsWith('b', 2));
console.log('a-b-c'.split('-', 2), 'abc'.split(undefined), 'abc'.split(undefined, 0), 'a,b'.split({ [Symbol.split]: (str, lim) => 'custom:' + str + lim }));
console.log('aaa'.replaceAll('a', (m, off, str) => off + str.length), 'abc'.replace('x', 'y'), 'a.b.c'.replaceAll('.', '$$'));
console.log('abc'.replace({ [Symbol.replace]: (str, rep) => str + '|' + rep }, 'R'), 'x'.search({ [Symbol.search]: () => 42 }));
console.log('  pad'.padStart(2), 'x'.padStart(5, 'ab'), 'x'.padEnd(4, ''), 'abc'.padEnd(6, '123456'));
console.log('\t trim \n'.trim() + '|', '\t trim \n'.trimStart() + '|', '|' + '\t trim \n'.trimEnd(), String.prototype.trimLeft === String.prototype.trimStart);
console.log('ǅ'.toLowerCase(), 'ǆ'.toUpperCase(), 'ﬀ'.toUpperCase(), 'ΌΣΟΣ'.toLowerCase(), 'I'.toLocaleLowerCase());
console.log('e\u0301'.normalize() === '\u00e9', '\u00e9'.normalize('NFD').length, '①'.normalize('NFKC'));
console.log(String.fromCharCode(72, 105, 0x1F600), String.fromCharCode(-1).charCodeAt(0), String.raw`a\n${1}b`, String(Symbol('d')));
console.log(new String('abc').length, Object.keys(new String('ab')), Object.getOwnPropertyNames('ab'), 'ab'[1], 'ab'['length']);
const so = new String('xy'); so.extra = 1; console.log(so, typeof so, so + '!', JSON.stringify(so));
console.log('abc'.substring(-1, 2), 'abc'.substring(NaN), 'abcdef'.substr(2), 'abcdef'.substr(-3, 2), 'abc'.slice(2, 1));
console.log('abc'.indexOf('c', -5), 'abcabc'.lastIndexOf('a'), 'abcabc'.lastIndexOf('a', 2), 'abc'.lastIndexOf(''), 'abc'.includes(''));
console.log('a\ud800b'.isWellFormed(), '\udc00\ud800'.toWellFormed().length, 'ok'.isWellFormed());
console.log('big'.big(), 'x'.link('u"rl'), 'x'.fontsize(7));
try { String.prototype.startsWith.call(null) } catch (e) { console.log(e.message) }
try { 'a'.normalize('NFX') } catch (e) { console.log(e.constructor.name) }
console.log(String(null), String(undefined), String(123), String(-0), String([1, [2]]), String({}), `${1 + 1}`);

