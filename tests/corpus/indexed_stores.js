// Stores to array and object elements: the dense fast paths (appending included) must give way
// to setters on the prototype chain, frozen and non-extensible objects, and holes.
var a = [];
for (var i = 0; i < 5; i++) a[i] = i * i;
console.log(a.length, a.join());
var o = {};
for (var j = 0; j < 5; j++) o[j] = j * 2;
console.log(JSON.stringify(o), o[3], o[7]);
function BigNum() { this.t = 0; }
BigNum.prototype.push = function (d) { this[this.t++] = d; };
var b = new BigNum();
for (var k = 0; k < 4; k++) b.push(k + 10);
console.log(b.t, b[0], b[3], b[4], Object.keys(b).join());
var log = "";
Object.defineProperty(Array.prototype, 5, { set: function (v) { log += "array setter " + v + ";"; }, configurable: true });
a[5] = 25;
Object.defineProperty(Object.prototype, 5, { set: function (v) { log += "object setter " + v + ";"; }, configurable: true });
o[5] = 10;
b[4] = 99; b[5] = 100;
delete Array.prototype[5];
delete Object.prototype[5];
console.log(log, a.length, o[5], b[4], b[5]);
var fr = Object.freeze({ 0: 1 }); fr[1] = 2; fr[0] = 5;
var ne = Object.preventExtensions({ 0: 1 }); ne[1] = 2; ne[0] = 7;
console.log(fr[0], fr[1], ne[0], ne[1]);
var holes = [1, , 3]; holes[1] = 2; var len = [1, 2]; len.length = 4; len[2] = "x";
console.log(holes.join(), len.length, len.join());
var ro = [1, 2]; Object.defineProperty(ro, "length", { writable: false }); ro[2] = 3;
console.log(ro.length, ro[2]);
var pre = new Array(4); pre[0] = "a"; pre[1] = "b"; var grow = []; grow.length = 2; grow[0] = 1; grow[1] = 2; grow[2] = 3;
console.log(pre.length, pre.join("-"), grow.length, grow.join());
