const out = [];
out.push(JSON.stringify(['a,b,,c'.split(','), 'abc'.split(''), 'abc'.split('', 2), ''.split(','), ''.split(''), 'a1b2'.split('1', 0)]));
out.push(JSON.stringify(['aaa'.replace('a', '$&$&'), 'abc'.replace('b', "$`$'$$"), 'aXbXc'.replaceAll('X', (m, p) => p), 'xx'.replaceAll('', '-'), 'abc'.replace('b', '$1$<n>')]));
out.push(JSON.stringify(['abc'.at(-1), 'abc'.padStart(6, '12'), 'abc'.padEnd(5), '\ud83d\ude00x'.codePointAt(0), [...'a\ud83d\ude00b'], 'ß'.toUpperCase(), 'İ'.toLowerCase().length, 'ΑΣ'.toLowerCase(), '\u0041\u030a'.normalize('NFC'), 'ﬁ'.normalize('NFKD'), 'a\ud800'.isWellFormed(), 'a\ud800'.toWellFormed(), String.raw({raw: ['x','y','z']}, 1, 2, 3), String.fromCodePoint(0x1F600, 65), ' \t\u2028x\ufeff '.trim(), 'abcabc'.lastIndexOf('c', 4), 'abc'.substring(2, 0), 'abc'.substr(-2, 1), 'abc'.slice(-2), 'abc'.indexOf('', 10), 'a-b'.anchor('"x"')]));
console.log(out.join('\n'));
