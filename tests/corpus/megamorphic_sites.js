// Property sites that see more receiver shapes than an inline cache holds: the shared
// megamorphic table must keep loads and stores apart (a read-only property stays read-only).
function mk(i) { var o = {}; o["p" + i] = i; o.x = i; return o; }
var objs = []; for (var i = 0; i < 10; i++) objs.push(mk(i));
var ro = mk(99); Object.defineProperty(ro, "x", { writable: false });
objs.push(ro);
function rd(o) { return o.x; }
function wr(o, v) { o.x = v; }
var s = 0; for (var r = 0; r < 3; r++) for (var j = 0; j < objs.length; j++) { s += rd(objs[j]); wr(objs[j], j + 100); }
console.log(s, ro.x, objs[3].x);
function wrs(o, v) { "use strict"; o.x = v; }
for (var j = 0; j < objs.length - 1; j++) wrs(objs[j], 1);
try { wrs(ro, 5); } catch (e) { console.log(e.constructor.name); }
