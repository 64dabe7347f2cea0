const a = {x: {y: {}}}; a.x.y.z = a;
try { JSON.stringify(a) } catch (e) { console.log(e.message) }
const b = []; b.push(b);
try { JSON.stringify(b) } catch (e) { console.log(e.message) }
class Foo { constructor() { this.self = this } }
try { JSON.stringify({k: new Foo()}) } catch (e) { console.log(e.message) }
const c = {p: {q: {r: {s: {}}}}}; c.p.q.r.s.t = c.p;
try { JSON.stringify(c) } catch (e) { console.log(e.message) }
try { JSON.stringify(1n) } catch (e) { console.log(e.message) }
console.log(JSON.stringify({a:[1,{b:2}],c:'\ud800\u2028"\\\x01'}, null, 2), JSON.stringify("\ud83d\ude00\udc00"))
