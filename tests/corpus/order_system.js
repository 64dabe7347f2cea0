// An order-processing simulation: catalog, inventory with reservations, pricing rules,
// an async payment gateway driven by timers, event log, reports, and error recovery.

// ------------------------------------------------------------------ utilities
const money = (cents) => `${cents < 0 ? '-' : ''}$${(Math.abs(cents) / 100).toFixed(2)}`;
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
let seq = 0;
const nextId = (prefix) => `${prefix}-${String(++seq).padStart(3, '0')}`;

class DomainError extends Error {
  constructor(code, message, details = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

class EventLog {
  #events = [];
  record(type, data) { this.#events.push({ n: this.#events.length + 1, type, ...data }); }
  *ofType(...types) { for (const e of this.#events) if (types.includes(e.type)) yield e; }
  get size() { return this.#events.length; }
  summary() {
    const counts = new Map();
    for (const { type } of this.#events) counts.set(type, (counts.get(type) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([t, c]) => `${t}=${c}`).join(' ');
  }
}
const events = new EventLog();

// ------------------------------------------------------------------ catalog & inventory
class Product {
  constructor(sku, name, priceCents, { category = 'misc', taxable = true } = {}) {
    Object.assign(this, { sku, name, priceCents, category, taxable });
    Object.freeze(this);
  }
}

const catalog = new Map([
  new Product('BK-1', 'Paper Book', 1599, { category: 'books', taxable: false }),
  new Product('BK-2', 'E-Reader', 8999, { category: 'electronics' }),
  new Product('KT-1', 'Kettle', 2450, { category: 'kitchen' }),
  new Product('KT-2', 'Mug', 650, { category: 'kitchen' }),
  new Product('GF-1', 'Gift Card', 2500, { category: 'gift', taxable: false }),
].map(p => [p.sku, p]));

class Inventory {
  #stock = new Map();
  #reserved = new Map();
  constructor(initial) { for (const [sku, n] of Object.entries(initial)) this.#stock.set(sku, n); }
  available(sku) { return (this.#stock.get(sku) ?? 0) - (this.#reserved.get(sku) ?? 0); }
  reserve(lines) {
    const short = lines.filter(({ sku, qty }) => this.available(sku) < qty);
    if (short.length) {
      throw new DomainError('OUT_OF_STOCK', `insufficient stock for ${short.map(l => l.sku).join(', ')}`,
        { short: short.map(({ sku, qty }) => `${sku}:${qty}>${this.available(sku)}`) });
    }
    for (const { sku, qty } of lines) this.#reserved.set(sku, (this.#reserved.get(sku) ?? 0) + qty);
  }
  release(lines) { for (const { sku, qty } of lines) this.#reserved.set(sku, this.#reserved.get(sku) - qty); }
  commit(lines) {
    for (const { sku, qty } of lines) {
      this.#reserved.set(sku, this.#reserved.get(sku) - qty);
      this.#stock.set(sku, this.#stock.get(sku) - qty);
    }
  }
  restock(sku, n) { this.#stock.set(sku, (this.#stock.get(sku) ?? 0) + n); events.record('restock', { sku, n }); }
  report() { return [...this.#stock.keys()].sort().map(s => `${s}:${this.available(s)}/${this.#stock.get(s)}`).join(' '); }
}
const inventory = new Inventory({ 'BK-1': 10, 'BK-2': 2, 'KT-1': 3, 'KT-2': 12, 'GF-1': 100 });

// ------------------------------------------------------------------ pricing rules
const rules = [
  {
    name: 'mug-multibuy',
    apply: ({ lines }) => {
      const mugs = lines.find(l => l.sku === 'KT-2');
      return mugs && mugs.qty >= 4 ? -Math.floor(mugs.qty / 4) * catalog.get('KT-2').priceCents : 0;
    },
  },
  {
    name: 'kitchen-bundle',
    apply: ({ lines }) => lines.some(l => l.sku === 'KT-1') && lines.some(l => l.sku === 'KT-2') ? -300 : 0,
  },
  {
    name: 'coupon',
    apply: ({ coupon, subtotal }) => {
      switch (coupon) {
        case 'TENOFF': return subtotal >= 5000 ? -1000 : 0;
        case 'HALFBOOKS': return undefined;
        case undefined: case null: return 0;
        default: throw new DomainError('BAD_COUPON', `unknown coupon ${coupon}`);
      }
    },
  },
];

function price(order) {
  const lines = order.lines.map(({ sku, qty }) => {
    const p = catalog.get(sku);
    if (!p) throw new DomainError('UNKNOWN_SKU', `no such product ${sku}`);
    if (!Number.isInteger(qty) || qty <= 0) throw new DomainError('BAD_QTY', `bad quantity ${qty} for ${sku}`);
    return { sku, qty, unit: p.priceCents, total: p.priceCents * qty, taxable: p.taxable };
  });
  const subtotal = lines.reduce((s, l) => s + l.total, 0);
  const adjustments = [];
  for (const rule of rules) {
    const amount = rule.apply({ lines, subtotal, coupon: order.coupon }) ?? 0;
    if (amount) adjustments.push({ rule: rule.name, amount });
  }
  const discount = adjustments.reduce((s, a) => s + a.amount, 0);
  const taxableBase = lines.filter(l => l.taxable).reduce((s, l) => s + l.total, 0);
  const tax = Math.round(Math.max(0, taxableBase + discount) * 0.08);
  return { lines, subtotal, adjustments, discount, tax, total: subtotal + discount + tax };
}

// ------------------------------------------------------------------ payments (async)
const gateway = {
  declined: new Set(['card-0000']),
  flaky: new Map([['card-5555', 2]]),
  async charge(card, cents) {
    await sleep(2);
    const failuresLeft = this.flaky.get(card) ?? 0;
    if (failuresLeft > 0) {
      this.flaky.set(card, failuresLeft - 1);
      throw new DomainError('GATEWAY_TIMEOUT', `gateway timeout for ${card}`);
    }
    if (this.declined.has(card)) throw new DomainError('DECLINED', `card ${card} declined`);
    return { txn: nextId('TXN'), cents };
  },
};

async function chargeWithRetry(card, cents, attempts = 3) {
  for (let i = 1; ; i++) {
    try {
      return await gateway.charge(card, cents);
    } catch (e) {
      events.record('payment-error', { card, code: e.code, attempt: i });
      if (e.code !== 'GATEWAY_TIMEOUT' || i >= attempts) throw e;
      await sleep(i * 3);
    }
  }
}

// ------------------------------------------------------------------ order workflow
const orders = new Map();

async function placeOrder(customer, request) {
  const id = nextId('ORD');
  const order = { id, customer, status: 'new', ...request };
  orders.set(id, order);
  events.record('created', { id });
  let reserved = false;
  try {
    order.pricing = price(order);
    inventory.reserve(order.lines);
    reserved = true;
    events.record('reserved', { id });
    order.status = 'awaiting-payment';
    const payment = await chargeWithRetry(order.card, order.pricing.total);
    inventory.commit(order.lines);
    order.status = 'paid';
    order.txn = payment.txn;
    events.record('paid', { id, txn: payment.txn });
  } catch (e) {
    if (reserved) inventory.release(order.lines);
    order.status = 'failed';
    order.error = e instanceof DomainError ? `${e.code}: ${e.message}` : `BUG: ${e}`;
    events.record('failed', { id, code: e.code });
  }
  return order;
}

function receipt(order) {
  const out = [`${order.id} ${order.customer} [${order.status}]`];
  if (order.pricing) {
    for (const l of order.pricing.lines) {
      out.push(`  ${catalog.get(l.sku).name.padEnd(11)} ${String(l.qty).padStart(2)} x ${money(l.unit).padStart(7)} = ${money(l.total).padStart(8)}`);
    }
    for (const a of order.pricing.adjustments) out.push(`  ${a.rule.padEnd(28)} ${money(a.amount).padStart(8)}`);
    out.push(`  ${'tax'.padEnd(28)} ${money(order.pricing.tax).padStart(8)}`);
    out.push(`  ${'TOTAL'.padEnd(28)} ${money(order.pricing.total).padStart(8)}`);
  }
  if (order.error) out.push(`  error: ${order.error}`);
  if (order.txn) out.push(`  txn: ${order.txn}`);
  return out.join('\n');
}

// ------------------------------------------------------------------ scenario
async function main() {
  const requests = [
    ['ann', { lines: [{ sku: 'KT-1', qty: 1 }, { sku: 'KT-2', qty: 5 }], card: 'card-1111' }],
    ['bo', { lines: [{ sku: 'BK-2', qty: 2 }, { sku: 'BK-1', qty: 1 }], card: 'card-5555', coupon: 'TENOFF' }],
    ['cy', { lines: [{ sku: 'BK-2', qty: 1 }], card: 'card-2222' }],
    ['di', { lines: [{ sku: 'GF-1', qty: 2 }], card: 'card-0000' }],
    ['ed', { lines: [{ sku: 'XX-9', qty: 1 }], card: 'card-1111' }],
    ['fay', { lines: [{ sku: 'KT-2', qty: 0 }], card: 'card-1111' }],
    ['gus', { lines: [{ sku: 'BK-1', qty: 2 }], card: 'card-1111', coupon: 'FREESTUFF' }],
  ];

  // The first two run concurrently; the rest run one after another.
  const firstTwo = await Promise.all(requests.slice(0, 2).map(([c, r]) => placeOrder(c, r)));
  const rest = [];
  for (const [c, r] of requests.slice(2)) rest.push(await placeOrder(c, r));
  for (const order of [...firstTwo, ...rest]) console.log(receipt(order));

  console.log(`inventory: ${inventory.report()}`);
  inventory.restock('BK-2', 5);
  const retry = await placeOrder('cy', { lines: [{ sku: 'BK-2', qty: 1 }], card: 'card-2222' });
  console.log(receipt(retry));
  console.log(`inventory: ${inventory.report()}`);

  const paid = [...orders.values()].filter(o => o.status === 'paid');
  const revenue = paid.reduce((s, o) => s + o.pricing.total, 0);
  const byCategory = {};
  for (const o of paid) for (const l of o.pricing.lines) {
    const cat = catalog.get(l.sku).category;
    byCategory[cat] = (byCategory[cat] ?? 0) + l.total;
  }
  console.log(`paid orders: ${paid.map(o => o.id).join(', ')}; revenue ${money(revenue)}`);
  console.log(`by category: ${Object.entries(byCategory).sort(([, a], [, b]) => b - a).map(([k, v]) => `${k} ${money(v)}`).join(', ')}`);
  console.log(`payment errors: ${[...events.ofType('payment-error')].map(e => `${e.card}#${e.attempt}:${e.code}`).join(' ')}`);
  console.log(`events (${events.size}): ${events.summary()}`);
  const failures = [...orders.values()].filter(o => o.status === 'failed').map(o => o.error.split(':')[0]);
  console.log(`failure codes: ${failures.join(', ')}`);
}

main().catch(e => console.log(`unexpected: ${e.stack}`));
