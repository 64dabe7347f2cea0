// Tokenizer plus recursive-descent parser and evaluator for arithmetic with variables.
const TOKEN = /\s*(?:(\d+\.?\d*)|([A-Za-z_]\w*)|(\*\*|[-+*\/%()=,^]))/y;

function tokenize(src) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    const start = TOKEN.lastIndex;
    if (/^\s*$/.test(src.slice(start))) break;
    const m = TOKEN.exec(src);
    if (!m) throw new SyntaxError(`unexpected character '${src[start]}' at ${start}`);
    if (m[1]) tokens.push({ type: 'num', value: parseFloat(m[1]) });
    else if (m[2]) tokens.push({ type: 'id', value: m[2] });
    else tokens.push({ type: 'op', value: m[3] });
  }
  tokens.push({ type: 'eof' });
  return tokens;
}

function parse(src) {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = () => tokens[pos];
  const take = () => tokens[pos++];
  const accept = (v) => (peek().type === 'op' && peek().value === v) ? (pos++, true) : false;
  const expect = (v) => { if (!accept(v)) throw new SyntaxError(`expected '${v}' at token ${pos}`); };

  function statement() {
    if (peek().type === 'id' && tokens[pos + 1].type === 'op' && tokens[pos + 1].value === '=') {
      const name = take().value; take();
      return { kind: 'assign', name, expr: additive() };
    }
    return additive();
  }
  function additive() {
    let node = term();
    while (peek().type === 'op' && '+-'.includes(peek().value)) node = { kind: 'bin', op: take().value, l: node, r: term() };
    return node;
  }
  function term() {
    let node = unary();
    while (peek().type === 'op' && '*/%'.includes(peek().value)) node = { kind: 'bin', op: take().value, l: node, r: unary() };
    return node;
  }
  function unary() {
    if (accept('-')) return { kind: 'neg', e: unary() };
    if (accept('+')) return unary();
    return power();
  }
  function power() {
    const base = primary();
    if (accept('**') || accept('^')) return { kind: 'bin', op: '**', l: base, r: unary() };
    return base;
  }
  function primary() {
    const t = take();
    if (t.type === 'num') return { kind: 'num', value: t.value };
    if (t.type === 'id') {
      if (accept('(')) {
        const args = [];
        if (!accept(')')) { do args.push(additive()); while (accept(',')); expect(')'); }
        return { kind: 'call', name: t.value, args };
      }
      return { kind: 'var', name: t.value };
    }
    if (t.type === 'op' && t.value === '(') { const e = additive(); expect(')'); return e; }
    throw new SyntaxError(`unexpected ${t.type === 'eof' ? 'end of input' : `'${t.value}'`}`);
  }
  const tree = statement();
  if (peek().type !== 'eof') throw new SyntaxError(`trailing input at token ${pos}`);
  return tree;
}

const FUNCS = { max: Math.max, min: Math.min, sqrt: Math.sqrt, abs: Math.abs, hyp: (a, b) => Math.hypot(a, b) };

function evaluate(node, env) {
  switch (node.kind) {
    case 'num': return node.value;
    case 'var':
      if (!(node.name in env)) throw new ReferenceError(`unknown variable ${node.name}`);
      return env[node.name];
    case 'neg': return -evaluate(node.e, env);
    case 'assign': return (env[node.name] = evaluate(node.expr, env));
    case 'call': {
      const f = FUNCS[node.name];
      if (typeof f !== 'function') throw new TypeError(`${node.name} is not a function`);
      return f(...node.args.map(a => evaluate(a, env)));
    }
    case 'bin': {
      const l = evaluate(node.l, env), r = evaluate(node.r, env);
      switch (node.op) {
        case '+': return l + r;
        case '-': return l - r;
        case '*': return l * r;
        case '/': if (r === 0) throw new RangeError('division by zero'); return l / r;
        case '%': return l % r;
        case '**': return l ** r;
      }
    }
  }
  throw new Error(`bad node ${node.kind}`);
}

function show(node) {
  switch (node.kind) {
    case 'num': return String(node.value);
    case 'var': return node.name;
    case 'neg': return `(-${show(node.e)})`;
    case 'assign': return `${node.name} := ${show(node.expr)}`;
    case 'call': return `${node.name}(${node.args.map(show).join(', ')})`;
    default: return `(${show(node.l)} ${node.op} ${show(node.r)})`;
  }
}

const env = { pi: 3.14159 };
const program = [
  '1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-2 ^ 2', 'x = 10', 'y = x * 2 + 1', 'max(x, y, 7) - min(3, 4)',
  'hyp(3, 4)', 'r = 2', 'pi * r ** 2', '17 % 5 + 1.5', '10 / (5 - 5)', 'z + 1', '3 +', 'foo(1)', '4 $ 4', '(1 + 2',
];
for (const line of program) {
  try {
    const tree = parse(line);
    const value = evaluate(tree, env);
    console.log(`${line.padEnd(26)} => ${show(tree).padEnd(32)} = ${Number.isInteger(value) ? value : value.toFixed(4)}`);
  } catch (e) {
    console.log(`${line.padEnd(26)} !! ${e.name}: ${e.message}`);
  }
}
console.log(Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' '));
