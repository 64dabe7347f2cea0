// Word statistics, formatting and text transformations.
const text = `The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs away! Quick thinking: the fox wins, the dog loses.`;

const words = text.toLowerCase().match(/[a-z]+/g);
console.log(`words=${words.length} unique=${new Set(words).size}`);

const freq = {};
for (const w of words) freq[w] = (freq[w] || 0) + 1;
const top = Object.entries(freq)
  .sort(([wa, a], [wb, b]) => b - a || wa.localeCompare(wb))
  .slice(0, 5);
for (const [w, n] of top) console.log(`${w.padEnd(6)}|${'#'.repeat(n)} ${n}`);

const titleCase = s => s.replace(/\b([a-z])([a-z]*)/g, (_, first, rest) => first.toUpperCase() + rest);
console.log(titleCase('the lord of the rings'));

const camel = s => s.replace(/[-_ ]+(.)/g, (_, c) => c.toUpperCase());
const snake = s => s.replace(/([A-Z])/g, '_$1').toLowerCase();
console.log(camel('background-color_value here'), snake('someVariableName'));

const isPalindrome = s => {
  const clean = s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return clean === [...clean].reverse().join('');
};
console.log(['A man, a plan, a canal: Panama', 'hello', 'Was it a car or a cat I saw?']
  .map(isPalindrome).join(' '));

// Caesar cipher using char codes.
const caesar = (s, k) => s.replace(/[a-z]/gi, ch => {
  const base = ch <= 'Z' ? 65 : 97;
  return String.fromCharCode((ch.charCodeAt(0) - base + k + 26) % 26 + base);
});
const secret = caesar('Hello, World!', 3);
console.log(secret, caesar(secret, -3));

// Run-length encoding.
const rle = s => s.replace(/(.)\1*/g, m => m.length + m[0]);
const unrle = s => s.replace(/(\d+)(.)/g, (_, n, c) => c.repeat(Number(n)));
const enc = rle('aaabccddddde');
console.log(enc, unrle(enc));

// String methods.
const s = '  Hello, pyjs!  ';
console.log(`[${s.trim()}] [${s.trimStart()}] [${s.trimEnd()}]`);
console.log('abc'.at(-1), 'abcdef'.slice(-3, -1), 'abcdef'.substring(4, 1), 'a-b-c'.split('-', 2).join('|'));
console.log('Mississippi'.indexOf('ss'), 'Mississippi'.lastIndexOf('ss'), 'Mississippi'.replaceAll('ss', 'SS'));
console.log('x'.padStart(4, 'ab'), '5'.padStart(3, '0'), 'abc'.includes('bc'), 'abc'.startsWith('b', 1));
console.log('😀 smile'.length, [...'😀 smile'].length, '😀'.codePointAt(0).toString(16), String.fromCodePoint(0x1F600) === '😀');

// Wrapping text to a width.
function wrap(str, width) {
  const lines = [];
  let line = '';
  for (const word of str.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) { lines.push(line); line = word; }
    else line = line ? line + ' ' + word : word;
  }
  if (line) lines.push(line);
  return lines;
}
wrap(text.replace(/\n/g, ' '), 28).forEach((l, i) => console.log(`${i + 1}: ${l}`));
