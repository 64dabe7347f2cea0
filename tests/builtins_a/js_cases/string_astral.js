// string literals with \u escapes of surrogate pairs must stay UTF-16 code units
const s = 'Hello, Wörld! \ud83d\ude00';
console.log(s.length, s.at(-1), s.charAt(99), s.charCodeAt(99), s.codePointAt(14), s.codePointAt(15), [...s].length);
console.log([...'a\ud83d\ude00\ud800'].map(c => c.length), ''[Symbol.iterator]().toString(), Object.prototype.toString.call(''[Symbol.iterator]()));
