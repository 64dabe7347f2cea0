// RegExp: regular-expression-heavy text processing.
//
// A deterministic generator writes a log of `size` lines mixing timestamps,
// levels, e-mail addresses, URLs, key=value pairs, HTML fragments, numbers and
// the occasional doubled word, and records what it wrote.  The benchmark then
// digs all of it back out with typical regular expressions -- captures, named
// groups, alternation, character classes, lookahead, back references, sticky
// and global matching, split, and global replace with a function -- and checks
// every count and sum against the generator's record.
//
// Style: a class for the generator, plain functions for the passes.

const WORDS = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "server",
  "request", "timeout", "cache", "user", "session", "query", "index", "a", "an"];
const LEVELS = ["INFO", "WARN", "ERROR", "DEBUG"];
const DOMAINS = ["example.com", "mail.test.org", "corp.example.net", "uni.edu"];
const TAGS = ["b", "i", "span", "em", "code"];

class LogGenerator {
  constructor(seed) {
    this.state = seed;
    this.expected = {
      levels: { INFO: 0, WARN: 0, ERROR: 0, DEBUG: 0 },
      emails: 0, urls: 0, secureUrls: 0, pairs: 0, tags: 0, doubled: 0,
      numberSum: 0, articles: 0, strongPasswords: 0, fields: 0, escapes: 0,
    };
  }

  next(n) {
    this.state = (this.state * 1103515245 + 12345) % 2147483648;
    return Math.floor(this.state / 2147483648 * n);
  }

  pick(list) { return list[this.next(list.length)]; }

  pad(n) { return n < 10 ? "0" + n : String(n); }

  word() {
    const w = this.pick(WORDS);
    if (w === "the" || w === "a" || w === "an") this.expected.articles++;
    return w;
  }

  number() {
    const n = this.next(1000);
    this.expected.numberSum += n;
    return String(n);
  }

  email() {
    this.expected.emails++;
    return this.pick(WORDS) + "." + this.pick(WORDS) + this.next(100) + "@" + this.pick(DOMAINS);
  }

  url() {
    this.expected.urls++;
    const secure = this.next(2) === 0;
    if (secure) this.expected.secureUrls++;
    let u = (secure ? "https" : "http") + "://www." + this.pick(DOMAINS) + "/" + this.pick(WORDS);
    if (this.next(2) === 0) u += "/" + this.pick(WORDS) + ".html";
    if (this.next(3) === 0) u += "?id=" + this.number() + "&q=" + this.pick(WORDS);
    return u;
  }

  pair() {
    this.expected.pairs++;
    const key = this.pick(WORDS) + "_" + this.next(10);
    return this.next(2) === 0 ? key + "=" + this.pick(WORDS) : key + "=\"" + this.word() + " " + this.word() + "\"";
  }

  html() {
    const tag = this.pick(TAGS);
    this.expected.tags += 2;
    const attr = this.next(2) === 0 ? "" : " class=\"c" + this.next(5) + "\"";
    return "<" + tag + attr + ">" + this.word() + "</" + tag + ">";
  }

  password() {
    const lower = "abcdefghij", upper = "KLMNOPQRST", digits = "0123456789";
    let p = "";
    const len = 6 + this.next(6);
    let hasLower = false, hasUpper = false, hasDigit = false;
    for (let i = 0; i < len; i++) {
      const kind = this.next(3);
      const set = kind === 0 ? lower : kind === 1 ? upper : digits;
      if (kind === 0) hasLower = true; else if (kind === 1) hasUpper = true; else hasDigit = true;
      p += set.charAt(this.next(set.length));
    }
    if (hasLower && hasUpper && hasDigit && len >= 8) this.expected.strongPasswords++;
    return "pw:" + p;
  }

  line(i) {
    const level = this.pick(LEVELS);
    this.expected.levels[level]++;
    const stamp = "2024-" + this.pad(1 + this.next(12)) + "-" + this.pad(1 + this.next(28)) + " " +
      this.pad(this.next(24)) + ":" + this.pad(this.next(60)) + ":" + this.pad(this.next(60));
    const parts = [];
    const count = 3 + this.next(6);
    for (let k = 0; k < count; k++) {
      switch (this.next(9)) {
        case 0: parts.push(this.email()); break;
        case 1: parts.push(this.url()); break;
        case 2: parts.push(this.pair()); break;
        case 3: parts.push(this.html()); break;
        case 4: parts.push(this.number()); break;
        case 5: parts.push(this.password()); break;
        case 6: {
          // A doubled word, as typed by mistake.
          const w = this.pick(["again", "really", "very", "much"]);
          this.expected.doubled++;
          parts.push(w + " " + w);
          break;
        }
        case 7: {
          const s = this.next(3) === 0 ? "x < y & \"z\"" : "plain";
          if (s !== "plain") this.expected.escapes += 5;
          parts.push(s);
          break;
        }
        default: parts.push(this.word());
      }
    }
    const fields = 2 + this.next(3);
    this.expected.fields += fields;
    const csv = [];
    for (let f = 0; f < fields; f++) csv.push("f" + f);
    return stamp + " [" + level + "] module" + (i % 7) + ": " + parts.join(" ") + " | " + csv.join(this.next(2) === 0 ? ", " : " ; ");
  }

  text(lines) {
    const out = [];
    for (let i = 0; i < lines; i++) out.push(this.line(i));
    return out;
  }
}

function check(what, actual, expected) {
  if (actual !== expected) throw new Error("RegExp: " + what + ": got " + actual + ", expected " + expected);
}

const LINE_RE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) \[(INFO|WARN|ERROR|DEBUG)\] (\w+): (.*) \| (.*)$/;

function parseLines(lines, expected) {
  const levels = { INFO: 0, WARN: 0, ERROR: 0, DEBUG: 0 };
  let fields = 0;
  const modules = new Set();
  for (const line of lines) {
    const m = LINE_RE.exec(line);
    if (m === null) throw new Error("RegExp: unparsed line " + line);
    const month = Number(m[2]), hour = Number(m[4]);
    if (month < 1 || month > 12 || hour > 23) throw new Error("RegExp: bad timestamp " + m[0]);
    levels[m[7]]++;
    modules.add(m[8]);
    fields += m[10].split(/\s*[,;]\s*/).length;
  }
  for (const level of LEVELS) check(level + " lines", levels[level], expected.levels[level]);
  check("fields", fields, expected.fields);
  check("modules", modules.size, Math.min(7, lines.length));
}

function extractEmails(text, expected) {
  const re = /\b([a-z]+)\.([a-z]+)(\d+)@((?:[a-z-]+\.)+[a-z]{2,})\b/g;
  let count = 0, m;
  const domains = new Map();
  while ((m = re.exec(text)) !== null) {
    count++;
    domains.set(m[4], (domains.get(m[4]) || 0) + 1);
  }
  check("emails", count, expected.emails);
  for (const d of domains.keys()) if (DOMAINS.indexOf(d) < 0) throw new Error("RegExp: bad domain " + d);
}

function extractUrls(text, expected) {
  let count = 0, secure = 0, queries = 0;
  for (const m of text.matchAll(/(https?):\/\/([^\/\s?#]+)((?:\/[\w.-]*)*)(\?[^\s#]*)?/g)) {
    count++;
    if (m[1] === "https") secure++;
    if (m[4] !== undefined) {
      queries++;
      if (!/^\?id=\d+&q=\w+$/.test(m[4])) throw new Error("RegExp: bad query " + m[4]);
    }
    if (!m[2].startsWith("www.")) throw new Error("RegExp: bad host " + m[2]);
  }
  check("urls", count, expected.urls);
  check("secure urls", secure, expected.secureUrls);
  return queries;
}

function extractPairs(text, expected) {
  let count = 0, quoted = 0;
  for (const m of text.matchAll(/(?<key>[a-z]+_\d)=(?<value>"[^"]*"|[^\s"|]+)/g)) {
    count++;
    if (m.groups.value.charAt(0) === "\"") quoted++;
  }
  check("key=value pairs", count, expected.pairs);
  return quoted;
}

function stripTags(text, expected) {
  let tags = 0;
  const stripped = text.replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (all, name) => {
    if (TAGS.indexOf(name.toLowerCase()) < 0) throw new Error("RegExp: unknown tag " + name);
    tags++;
    return "";
  });
  check("tags", tags, expected.tags);
  if (/<\/?(?:b|i|span|em|code)>/.test(stripped)) throw new Error("RegExp: tags left after stripping");
  return stripped;
}

// Sums every free-standing number: not part of a word, a time, a date or an address.
function sumNumbers(lines, expected) {
  let sum = 0;
  for (const line of lines) {
    const body = line.replace(LINE_RE, "$9");
    const doubled = body.replace(/(^|[\s=])(\d+)(?=\s|&|$)/g, (all, lead, digits) => {
      sum += Number(digits);
      return lead + String(2 * Number(digits));
    });
    if (doubled.length < body.length) throw new Error("RegExp: doubling shortened a line");
  }
  check("sum of numbers", sum, expected.numberSum);
}

function countDoubledWords(text, expected) {
  const m = text.match(/\b(again|really|very|much) \1\b/g);
  check("doubled words", m === null ? 0 : m.length, expected.doubled);
}

function countArticles(text, expected) {
  // Articles are generated only as plain words and inside quoted values.
  const m = text.match(/(?<=[\s"])(?:the|an?)(?=[\s"])/g);
  check("articles", m === null ? 0 : m.length, expected.articles);
  const ci = text.toUpperCase().match(/(?<=[\s"])(?:THE|AN?)(?=[\s"])/gi);
  check("articles (ignore case)", ci === null ? 0 : ci.length, expected.articles);
}

function checkPasswords(text, expected) {
  let strong = 0;
  const strongRe = /^(?=.*\d)(?=.*[a-j])(?=.*[K-T]).{8,}$/;
  for (const m of text.matchAll(/pw:([a-jK-T0-9]+)/g)) {
    if (strongRe.test(m[1])) strong++;
  }
  check("strong passwords", strong, expected.strongPasswords);
}

function escapeHtml(text, expected) {
  const table = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" };
  let escapes = 0;
  const escaped = text.replace(/[&<>"']/g, (c) => { escapes++; return table[c]; });
  if (/[<>]/.test(escaped)) throw new Error("RegExp: unescaped angle bracket");
  return escapes;
}

function tokenizeSticky(line) {
  const re = /\s+|[A-Za-z_]\w*|\d+|[^\sA-Za-z_\d]/y;
  let pos = 0, tokens = 0;
  while (pos < line.length) {
    re.lastIndex = pos;
    const m = re.exec(line);
    if (m === null) throw new Error("RegExp: sticky tokenizer stuck at " + pos);
    pos = re.lastIndex;
    tokens++;
  }
  return tokens;
}

function runIteration(size) {
  const gen = new LogGenerator(1234 + size);
  const lines = gen.text(size);
  const expected = gen.expected;
  const text = lines.join("\n");
  parseLines(lines, expected);
  extractEmails(text, expected);
  extractUrls(text, expected);
  extractPairs(text, expected);
  const stripped = stripTags(text, expected);
  countDoubledWords(text, expected);
  checkPasswords(text, expected);
  sumNumbers(lines, expected);
  countArticles(stripped, expected);
  // Escaping sees the generated specials plus the quotes of attributes and values.
  const escapes = escapeHtml(stripped, expected);
  if (escapes < expected.escapes) throw new Error("RegExp: too few escapes: " + escapes);
  let tokens = 0;
  for (let i = 0; i < lines.length; i += 4) tokens += tokenizeSticky(lines[i]);
  if (size > 0 && tokens < lines.length / 4) throw new Error("RegExp: too few tokens");
  const words = stripped.split(/[^A-Za-z]+/).filter((w) => w.length > 0);
  if (words.length < size * 3) throw new Error("RegExp: too few words: " + words.length);
}
