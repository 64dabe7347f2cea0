// Closures: a small spreadsheet engine written as closure modules.
//
// Every part is a module in the `var M = (function () { ... return {...}; })()` style: the
// state lives in closure variables and the API is an object literal of inner functions.  A
// deterministic generator fills a sheet of `size` rows by 6 columns with numbers and formulas
// (cell references, ranges, SUM/MAX/MIN/IF, + - * and integer division); the lexer and parser
// turn each formula into a tree of closures, the evaluator computes every cell with memoized
// dependency-order recursion, and an event bus recomputes the dependents of the cells the
// script then edits.  The result is checked by a checksum over every cell value and by
// invariants (the number of recomputations, the evaluated cell count).
//
// Style: closure modules, callbacks, object-literal APIs.

var Random = (function () {
  var seed = 1;
  function reset(s) { seed = s; }
  function next() {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  }
  function below(n) { return next() % n; }
  return { reset: reset, next: next, below: below };
})();

var Lexer = (function () {
  var src = "";
  var pos = 0;
  var tokens = [];

  function isDigit(c) { return c >= "0" && c <= "9"; }
  function isLetter(c) { return c >= "A" && c <= "Z"; }

  function push(type, value) { tokens.push({ type: type, value: value }); }

  function number() {
    var start = pos;
    while (pos < src.length && isDigit(src.charAt(pos))) pos++;
    push("num", parseInt(src.substring(start, pos), 10));
  }

  function word() {
    var start = pos;
    while (pos < src.length && isLetter(src.charAt(pos))) pos++;
    var letters = src.substring(start, pos);
    if (pos < src.length && isDigit(src.charAt(pos))) {
      var rowStart = pos;
      while (pos < src.length && isDigit(src.charAt(pos))) pos++;
      push("ref", { col: letters.charCodeAt(0) - 65, row: parseInt(src.substring(rowStart, pos), 10) - 1 });
    } else {
      push("name", letters);
    }
  }

  function tokenize(text) {
    src = text;
    pos = 0;
    tokens = [];
    while (pos < src.length) {
      var c = src.charAt(pos);
      if (c === " ") { pos++; }
      else if (isDigit(c)) { number(); }
      else if (isLetter(c)) { word(); }
      else { push("op", c); pos++; }
    }
    push("end", null);
    return tokens;
  }

  return { tokenize: tokenize };
})();

var Parser = (function () {
  var toks, at;

  function peek() { return toks[at]; }
  function take() { return toks[at++]; }
  function expect(value) {
    var t = take();
    if (t.value !== value) throw new Error("expected " + value + " got " + t.value);
  }

  function constant(n) { return function () { return n; }; }
  function reference(col, row) { return function (sheet) { return sheet.value(col, row); }; }
  function binary(op, left, right) {
    switch (op) {
      case "+": return function (sheet) { return (left(sheet) + right(sheet)) % 1000003; };
      case "-": return function (sheet) { return left(sheet) - right(sheet); };
      case "*": return function (sheet) { return (left(sheet) * right(sheet)) % 1000003; };
      case "/": return function (sheet) {
        var d = right(sheet);
        return d === 0 ? 0 : Math.floor(left(sheet) / d);
      };
      case ">": return function (sheet) { return left(sheet) > right(sheet) ? 1 : 0; };
      case "<": return function (sheet) { return left(sheet) < right(sheet) ? 1 : 0; };
    }
    throw new Error("bad operator " + op);
  }

  function rangeOf(a, b) {
    var cells = [];
    for (var c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) {
      for (var r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) cells.push({ col: c, row: r });
    }
    return cells;
  }

  var functions = {
    SUM: function (values) { var s = 0; values.forEach(function (v) { s += v; }); return s % 1000003; },
    MAX: function (values) { return values.reduce(function (m, v) { return v > m ? v : m; }, -Infinity); },
    MIN: function (values) { return values.reduce(function (m, v) { return v < m ? v : m; }, Infinity); },
    COUNT: function (values) { return values.length; }
  };

  function call(name) {
    expect("(");
    if (name === "IF") {
      var test = expression();
      expect(",");
      var yes = expression();
      expect(",");
      var no = expression();
      expect(")");
      return function (sheet) { return test(sheet) ? yes(sheet) : no(sheet); };
    }
    var from = take().value;
    expect(":");
    var to = take().value;
    expect(")");
    var cells = rangeOf(from, to);
    var fn = functions[name];
    return function (sheet) {
      return fn(cells.map(function (cell) { return sheet.value(cell.col, cell.row); }));
    };
  }

  function primary() {
    var t = take();
    if (t.type === "num") return constant(t.value);
    if (t.type === "ref") return reference(t.value.col, t.value.row);
    if (t.type === "name") return call(t.value);
    if (t.value === "(") {
      var e = expression();
      expect(")");
      return e;
    }
    throw new Error("unexpected " + t.value);
  }

  function term() {
    var left = primary();
    while (peek().value === "*" || peek().value === "/") left = binary(take().value, left, primary());
    return left;
  }

  function sum() {
    var left = term();
    while (peek().value === "+" || peek().value === "-") left = binary(take().value, left, term());
    return left;
  }

  function expression() {
    var left = sum();
    while (peek().value === ">" || peek().value === "<") left = binary(take().value, left, sum());
    return left;
  }

  function parse(text) {
    toks = Lexer.tokenize(text);
    at = 0;
    var e = expression();
    if (peek().type !== "end") throw new Error("trailing input in " + text);
    return e;
  }

  return { parse: parse };
})();

var Events = (function () {
  var handlers = {};
  function on(name, fn) { (handlers[name] || (handlers[name] = [])).push(fn); }
  function emit(name, data) {
    var list = handlers[name];
    if (!list) return 0;
    for (var i = 0; i < list.length; i++) list[i](data);
    return list.length;
  }
  function clear() { handlers = {}; }
  return { on: on, emit: emit, clear: clear };
})();

function makeSheet(rows, cols) {
  var formulas = [];
  var cache = [];
  var evaluated = 0;
  var stack = 0;

  function key(col, row) { return row * cols + col; }

  var sheet = {
    set: function (col, row, text) {
      formulas[key(col, row)] = text.charAt(0) === "=" ? Parser.parse(text.substring(1))
                                                        : (function (n) { return function () { return n; }; })(+text);
    },
    value: function (col, row) {
      if (col < 0 || row < 0 || col >= cols || row >= rows) return 0;
      var k = key(col, row);
      var v = cache[k];
      if (v !== undefined) return v;
      if (++stack > 1000) throw new Error("formula recursion too deep");
      v = formulas[k] ? formulas[k](sheet) : 0;
      stack--;
      cache[k] = v;
      evaluated++;
      return v;
    },
    invalidate: function () { cache = []; },
    evaluatedCount: function () { return evaluated; }
  };
  return sheet;
}

function cellName(col, row) { return String.fromCharCode(65 + col) + (row + 1); }

function fillSheet(sheet, rows, cols) {
  for (var r = 0; r < rows; r++) {
    for (var c = 0; c < cols; c++) {
      var choice = r < 2 ? 0 : Random.below(8);
      var text;
      var up = Math.max(0, r - 1 - Random.below(3));
      if (choice < 2) text = String(Random.below(1000));
      else if (choice === 2) text = "=" + cellName(c, up) + "+" + cellName((c + 1) % cols, r - 1) + "*2";
      else if (choice === 3) text = "=SUM(" + cellName(c, Math.max(0, r - 5)) + ":" + cellName(c, r - 1) + ")";
      else if (choice === 4) text = "=IF(" + cellName(c, up) + ">" + cellName((c + 2) % cols, up) + ", " +
                                    cellName(c, up) + ", " + cellName((c + 2) % cols, up) + "-1)";
      else if (choice === 5) text = "=MAX(" + cellName(0, up) + ":" + cellName(cols - 1, up) + ")/(1+" + cellName(c, r - 1) + "/100)";
      else if (choice === 6) text = "=(" + cellName(c, r - 1) + "-" + cellName(c, up) + ")*3+MIN(" + cellName(0, r - 1) + ":" + cellName(cols - 1, r - 1) + ")";
      else text = "=COUNT(" + cellName(0, up) + ":" + cellName(c, r - 1) + ")+" + cellName(c, r - 2);
      sheet.set(c, r, text);
    }
  }
}

function checksum(sheet, rows, cols) {
  var h = 0;
  for (var r = 0; r < rows; r++) {
    for (var c = 0; c < cols; c++) h = (h * 31 + (sheet.value(c, r) % 1000003 + 1000003)) % 2147483647;
  }
  return h;
}

// size -> checksum after the edits
var CLOSURES_EXPECTED = { 10: 937727286, 300: 2060290299 };

function runIteration(size) {
  var rows = size, cols = 6;
  Random.reset(42);
  Events.clear();
  var sheet = makeSheet(rows, cols);
  fillSheet(sheet, rows, cols);
  var recomputed = 0;
  Events.on("edit", function (e) { sheet.set(e.col, e.row, e.text); });
  Events.on("edit", function () { sheet.invalidate(); });
  Events.on("edit", function () { recomputed++; });
  var h = checksum(sheet, rows, cols);
  var edits = 10;
  for (var i = 0; i < edits; i++) {
    Events.emit("edit", { col: Random.below(cols), row: Random.below(2), text: String(Random.below(500)) });
    h = (h * 7 + checksum(sheet, rows, cols)) % 2147483647;
  }
  if (recomputed !== edits) throw new Error("closures: " + recomputed + " recomputations");
  if (sheet.evaluatedCount() !== rows * cols * (edits + 1)) {
    throw new Error("closures: evaluated " + sheet.evaluatedCount() + " cells");
  }
  var want = CLOSURES_EXPECTED[size];
  if (want !== undefined && want !== h) throw new Error("closures: got " + h + ", expected " + want);
  return h;
}
