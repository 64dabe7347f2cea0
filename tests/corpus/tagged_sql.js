// Tagged templates: escaping, raw strings, caching and a tiny formatter DSL.
function sql(strings, ...values) {
  const escape = (v) => {
    if (v === null || v === undefined) return 'NULL';
    if (typeof v === 'number') return String(v);
    if (Array.isArray(v)) return `(${v.map(escape).join(', ')})`;
    return `'${String(v).replace(/'/g, "''")}'`;
  };
  return strings.reduce((acc, s, i) => acc + s + (i < values.length ? escape(values[i]) : ''), '');
}

const name = "O'Brien";
const ids = [1, 2, 3];
console.log(sql`SELECT * FROM users WHERE name = ${name} AND id IN ${ids} AND deleted = ${null}`);

function raw(strings) { return strings.raw.join('|'); }
console.log(raw`a\tb${1}c\nd`);
console.log(String.raw`C:\new\table${'!'}`);

const sites = new Set();
function site(strings) { sites.add(strings); return strings.length; }
for (let i = 0; i < 3; i++) site`loop ${i} site`;
site`other site`;
console.log(`distinct template objects: ${sites.size}`);

// A currency/percent formatter tag driven by format hints after each substitution.
function fmt(strings, ...values) {
  let out = strings[0];
  values.forEach((v, i) => {
    let rest = strings[i + 1];
    const m = /^:(\w+)/.exec(rest);
    if (m) {
      rest = rest.slice(m[0].length);
      if (m[1] === 'money') v = `$${v.toFixed(2)}`;
      else if (m[1] === 'pct') v = `${(v * 100).toFixed(1)}%`;
      else if (m[1] === 'upper') v = String(v).toUpperCase();
    }
    out += v + rest;
  });
  return out;
}
const item = 'widget', price = 12.5, discount = 0.125;
console.log(fmt`${item}:upper costs ${price}:money with ${discount}:pct off = ${price * (1 - discount)}:money`);

// Templates nest and call functions.
const rows = [['apples', 3], ['pears', 12]];
const table = `<table>${rows.map(([k, v]) => `<tr><td>${k}</td><td>${v > 9 ? `${v}+` : v}</td></tr>`).join('')}</table>`;
console.log(table);

// Tag returning a function (curried) and tag applied to member access.
const i18n = {
  lang: 'fr',
  dict: { fr: { 'Hello {0}, you have {1} messages': 'Bonjour {0}, vous avez {1} messages' } },
  t(strings, ...vals) {
    const key = strings.reduce((acc, s, i) => acc + s + (i < vals.length ? `{${i}}` : ''), '');
    const template = this.dict[this.lang][key] ?? key;
    return template.replace(/\{(\d)\}/g, (_, d) => vals[d]);
  },
};
console.log(i18n.t`Hello ${'Zoé'}, you have ${3} messages`);
i18n.lang = 'fr';
i18n.dict.fr = {};
console.log(i18n.t`Hello ${'Max'}, you have ${0} messages`);

const joinWith = (sep) => (strings, ...v) => strings.flatMap((s, i) => i < v.length ? [s, v[i]] : [s]).join(sep);
console.log(joinWith('_')`a${1}b${2}c`);
