// Regular expressions: exec loops, named groups, replace callbacks, matchAll, split, flags.
const log = `2024-01-05 10:22:01 INFO  user=ann action=login
2024-01-05 10:25:13 WARN  user=bo action=upload size=12MB
2024-01-06 08:01:55 ERROR user=ann action=upload size=230MB reason="too large"
2024-01-06 09:15:00 INFO  user=cy action=logout`;

const LINE = /^(?<date>\d{4}-\d{2}-\d{2}) (?<time>[\d:]+) (?<level>\w+)\s+(?<rest>.*)$/gm;
for (const m of log.matchAll(LINE)) {
  const { date, level, rest } = m.groups;
  const fields = Object.fromEntries([...rest.matchAll(/(\w+)=("[^"]*"|\S+)/g)].map(([, k, v]) => [k, v.replace(/"/g, '')]));
  console.log(`${date} ${level.padEnd(5)} ${JSON.stringify(fields)}`);
}

const sizes = [];
const SIZE = /size=(\d+)MB/g;
let m;
while ((m = SIZE.exec(log)) !== null) sizes.push(`${m[1]}@${m.index}`);
console.log(sizes.join(' '), SIZE.lastIndex);

console.log('2024-01-05'.replace(/(\d+)-(\d+)-(\d+)/, '$3/$2/$1'), 'a.b.c'.replace(/\./g, '$&$&'), 'x'.replace('x', '$$'));
console.log('John Smith'.replace(/(?<first>\w+) (?<last>\w+)/, '$<last>, $<first>'));
console.log('price: 10, 20 and 30'.replace(/\d+/g, (n, offset) => `${n * 2}@${offset}`));

console.log('a1b22c333'.split(/\d+/).join('|'), 'a1b22c333'.split(/(\d+)/).join('|'), 'one  two   three'.split(/\s+/).length);
console.log(/colou?r/i.test('COLOR'), /^\p{Lu}/u.test('Émile'), /a.c/s.test('a\nc'), /a.c/.test('a\nc'));

const re = /(\d+)/y;
re.lastIndex = 3;
console.log(re.exec('abc123def')?.[1], re.lastIndex, re.exec('abc123def'), re.lastIndex);

const email = /^[\w.+-]+@([\w-]+\.)+[a-z]{2,}$/i;
console.log(['a@b.co', 'first.last+tag@mail.example.org', 'bad@', '@bad.com', 'x@y.z'].map(s => email.test(s)).join(' '));

// Lookahead, lookbehind, backreferences, non-greedy.
console.log('1234567.891'.replace(/\B(?=(\d{3})+(?!\d))/g, ','), 'price $42 and €13'.match(/(?<=\$)\d+/)[0]);
console.log('hello wworld  foo'.match(/(\w)\1/g).join(), '<b>bold</b><i>it</i>'.match(/<.+?>/g).join(' '));

const flags = /x/gimsuy;
console.log(flags.flags, flags.source, String(/a\/b/), new RegExp('a+', 'g').toString());
try { new RegExp('['); } catch (e) { console.log(e.name); }
