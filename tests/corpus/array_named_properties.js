// Named properties and methods of arrays through inline caches: own properties, patched and
// replaced prototypes.
var a = [1, 2, 3]; a.extra = 5;
function f(x) { return x.map(function (v) { return v * 2; }).join() + x.extra; }
var s = ""; for (var i = 0; i < 3; i++) s += f(a) + ";";
Array.prototype.join = function () { return "patched"; };
s += f(a);
var b = [4]; Object.setPrototypeOf(b, { map: function () { return { join: function () { return "custom"; } }; }, extra: "!" });
s += f(b);
console.log(s);
