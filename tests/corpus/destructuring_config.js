// Deep-merging configuration with destructuring, defaults, rest and spread.
const defaults = {
  server: { host: 'localhost', port: 8080, tls: { enabled: false, cert: null } },
  logging: { level: 'info', targets: ['stdout'] },
  features: ['search'],
};

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function merge(base, override) {
  const out = { ...base };
  for (const [key, value] of Object.entries(override)) {
    out[key] = isPlainObject(value) && isPlainObject(base[key]) ? merge(base[key], value) : value;
  }
  return out;
}

const user = { server: { port: 9090, tls: { enabled: true } }, logging: { level: 'debug' }, extra: 1 };
const config = merge(defaults, user);
console.log(JSON.stringify(config));

const {
  server: { host, port, tls: { enabled: tlsOn, cert = 'self-signed' } },
  logging: { level, targets: [firstTarget, ...otherTargets] },
  features: [mainFeature, secondFeature = 'none'],
  ...rest
} = config;
console.log(host, port, tlsOn, cert, level, firstTarget, otherTargets.length, mainFeature, secondFeature);
console.log(JSON.stringify(rest));

function connect({ host = '0.0.0.0', port = 80, retries = 3, ...opts } = {}) {
  return `${host}:${port} retries=${retries} opts=${Object.keys(opts).sort().join('|') || '-'}`;
}
console.log(connect());
console.log(connect({ port: 443, timeout: 5, verbose: true }));
console.log(connect(config.server));

// Swapping and rotating with array destructuring.
let [a, b, c] = ['x', 'y', 'z'];
[a, b, c] = [c, a, b];
console.log(a, b, c);

// Destructuring assignment into object properties and array slots.
const target = { list: [] };
({ first: target.first, second: target.list[0], third: target.list[1] = 'default' } = { first: 1, second: 2 });
console.log(JSON.stringify(target));

// Defaults referencing earlier bindings; computed keys.
const field = 'score';
const { [field]: s = 0, bonus = s * 2, total = s + bonus } = { score: 10 };
console.log(s, bonus, total);

// Parsing records.
const rows = ['ann,31,dev', 'bo,25', 'cy,40,ops,extra'];
for (const row of rows) {
  const [name, age, role = 'unknown', ...more] = row.split(',');
  console.log(`${name.padEnd(4, '.')}${Number(age) + 1} ${role}${more.length ? ' +' + more.join('+') : ''}`);
}
