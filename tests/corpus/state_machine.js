// A switch-driven state machine: a CSV parser with quoted fields, then a traffic light.
function parseCSV(text) {
  const rows = [];
  let row = [], field = '', state = 'start';
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text[i] : null;
    switch (state) {
      case 'start':
        if (ch === '"') { state = 'quoted'; break; }
        state = 'plain';
      // falls through
      case 'plain':
        switch (ch) {
          case ',': row.push(field); field = ''; state = 'start'; break;
          case '\n': case null: row.push(field); rows.push(row); row = []; field = ''; state = 'start'; break;
          default: field += ch;
        }
        break;
      case 'quoted':
        if (ch === '"') state = 'quote-in-quoted';
        else if (ch === null) throw new SyntaxError('unterminated quote');
        else field += ch;
        break;
      case 'quote-in-quoted':
        if (ch === '"') { field += '"'; state = 'quoted'; }
        else { state = 'plain'; i--; }
        break;
      default:
        throw new Error(`bad state ${state}`);
    }
  }
  return rows;
}

const csv = 'name,quote,n\nann,"hello, world",1\nbo,"she said ""hi""",2\n,empty first,3';
for (const r of parseCSV(csv)) console.log(r.length, r.map(f => `<${f}>`).join(''));
try { parseCSV('a,"open'); } catch (e) { console.log(`${e.name}: ${e.message}`); }

const light = {
  state: 'red',
  timer: 0,
  transitions: { red: ['green', 3], green: ['yellow', 2], yellow: ['red', 1] },
  tick() {
    this.timer++;
    const [next, duration] = this.transitions[this.state];
    if (this.timer >= duration) { this.state = next; this.timer = 0; return true; }
    return false;
  },
};
const trace = [];
for (let t = 0; t < 12; t++) if (light.tick()) trace.push(`${t}:${light.state}`);
console.log(trace.join(' '));

// Vending machine with explicit events.
function vending() {
  let state = 'idle', credit = 0;
  const price = 65;
  return function on(event, arg) {
    switch (`${state}/${event}`) {
      case 'idle/coin':
      case 'paying/coin':
        credit += arg;
        state = credit >= price ? 'ready' : 'paying';
        return `credit ${credit}`;
      case 'ready/coin':
        return `returned ${arg}`;
      case 'ready/push': {
        const change = credit - price;
        credit = 0; state = 'idle';
        return `vend, change ${change}`;
      }
      case 'paying/cancel':
      case 'ready/cancel': {
        const back = credit;
        credit = 0; state = 'idle';
        return `refund ${back}`;
      }
      default:
        return `ignored ${event} in ${state}`;
    }
  };
}
const vm = vending();
const script = [['push'], ['coin', 25], ['coin', 25], ['cancel'], ['coin', 50], ['coin', 25], ['coin', 5], ['push'], ['push']];
console.log(script.map(([e, a]) => vm(e, a)).join('; '));
