// Smallobjects: a text layout pipeline that lives on short-lived small objects.
//
// Words become Tokens, Tokens become Boxes, Boxes are broken into Lines of Spans, Lines into
// Pages; selections are Ranges of Positions, hit tests build Points and Rects.  Every kind of
// small object is made by a constructor called from many sites, several constructors add
// optional properties (so one store site sees several shapes), and object literals with the
// same keys in different orders meet at shared helpers.  The result is checked by a checksum of
// the layout (every box position) and of the hit-test and selection results, and by
// invariants (every word is laid out once, page heights are within bounds).
//
// Style: small constructor-made objects from many sites, optional fields, literals.

function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.add = function (p) { return new Point(this.x + p.x, this.y + p.y); };
Point.prototype.sub = function (p) { return new Point(this.x - p.x, this.y - p.y); };
Point.prototype.manhattan = function () { return Math.abs(this.x) + Math.abs(this.y); };

function Size(w, h) { this.w = w; this.h = h; }

function Rect(x, y, w, h) { this.x = x; this.y = y; this.w = w; this.h = h; }
Rect.prototype.contains = function (p) {
  return p.x >= this.x && p.y >= this.y && p.x < this.x + this.w && p.y < this.y + this.h;
};
Rect.prototype.union = function (r) {
  var x = Math.min(this.x, r.x), y = Math.min(this.y, r.y);
  return new Rect(x, y, Math.max(this.x + this.w, r.x + r.w) - x, Math.max(this.y + this.h, r.y + r.h) - y);
};
Rect.prototype.origin = function () { return new Point(this.x, this.y); };
Rect.prototype.size = function () { return new Size(this.w, this.h); };

// Optional fields: the shape depends on the arguments.
function Token(text, kind, index, attrs) {
  this.text = text;
  this.kind = kind;
  this.index = index;
  if (attrs) {
    if (attrs.bold) this.bold = true;
    if (attrs.italic) this.italic = true;
    if (attrs.link) this.link = attrs.link;
  }
}

function Box(token, width, height) {
  this.token = token;
  this.width = width;
  this.height = height;
  this.x = 0;
  this.y = 0;
}

function Span(box, x) { this.box = box; this.x = x; }

function Line(y, height) { this.y = y; this.height = height; this.spans = []; this.width = 0; }
Line.prototype.add = function (box, gap) {
  var x = this.spans.length === 0 ? 0 : this.width + gap;
  this.spans.push(new Span(box, x));
  this.width = x + box.width;
  if (box.height > this.height) this.height = box.height;
};
Line.prototype.bounds = function () { return new Rect(0, this.y, this.width, this.height); };

function Page(number, top) { this.number = number; this.top = top; this.lines = []; this.height = 0; }

function Position(page, line, span) { this.page = page; this.line = line; this.span = span; }
Position.prototype.compare = function (o) {
  return this.page !== o.page ? this.page - o.page : this.line !== o.line ? this.line - o.line : this.span - o.span;
};

function Range(start, end) {
  if (start.compare(end) > 0) { var t = start; start = end; end = t; }
  this.start = start;
  this.end = end;
}
Range.prototype.length = function (doc) {
  var n = 0;
  for (var p = this.start.page; p <= this.end.page; p++) {
    var lines = doc.pages[p].lines;
    var l0 = p === this.start.page ? this.start.line : 0;
    var l1 = p === this.end.page ? this.end.line : lines.length - 1;
    for (var l = l0; l <= l1; l++) n += lines[l].spans.length;
  }
  return n;
};

function Style(size, weight) { this.size = size; this.weight = weight; this.leading = (size * 3) >> 1; }

var WORDS = ["the", "quick", "brown", "fox", "jumps", "over", "a", "lazy", "dog", "while", "seven",
             "wizards", "hex", "jovial", "quartz", "by", "mixing", "flasks", "of", "pure", "glyph"];

function Lcg(seed) { this.state = seed; }
Lcg.prototype.next = function (n) {
  this.state = (this.state * 1664525 + 1013904223) % 4294967296;
  return (this.state >>> 8) % n;
};

function tokenize(rng, count) {
  var tokens = [];
  for (var i = 0; i < count; i++) {
    var w = WORDS[rng.next(WORDS.length)];
    var r = rng.next(10);
    var t;
    if (r === 0) t = new Token(w, "word", i, { bold: true });
    else if (r === 1) t = new Token(w, "word", i, { italic: true, bold: rng.next(2) === 0 });
    else if (r === 2) t = new Token(w, "link", i, { link: "#" + w });
    else if (r === 3) t = new Token(w + ",", "punct", i, null);
    else t = new Token(w, "word", i);
    tokens.push(t);
  }
  return tokens;
}

function measure(token, style) {
  var base = token.text.length * ((style.size * 6) >> 3);
  if (token.bold) base += token.text.length;
  if (token.italic) base += 1;
  var size = token.link ? new Size(base + 2, style.leading + 1) : new Size(base, style.leading);
  return new Box(token, size.w, size.h);
}

function layout(tokens, style, width, pageHeight) {
  var pages = [new Page(0, 0)];
  var line = new Line(0, 0);
  var gap = (style.size >> 2) + 1;
  var y = 0;
  function finishLine() {
    var page = pages[pages.length - 1];
    if (line.y + line.height - page.top > pageHeight && page.lines.length > 0) {
      page = new Page(pages.length, line.y);
      pages.push(page);
    }
    page.lines.push(line);
    page.height = line.y + line.height - page.top;
    var spans = line.spans;
    for (var i = 0; i < spans.length; i++) {
      var b = spans[i].box;
      b.x = spans[i].x;
      b.y = line.y;
    }
    y = line.y + line.height;
    line = new Line(y, 0);
  }
  for (var i = 0; i < tokens.length; i++) {
    var box = measure(tokens[i], style);
    if (line.spans.length > 0 && line.width + gap + box.width > width) finishLine();
    line.add(box, gap);
  }
  if (line.spans.length > 0) finishLine();
  return { pages: pages, style: style, width: width };
}

function hitTest(doc, point) {
  for (var p = 0; p < doc.pages.length; p++) {
    var lines = doc.pages[p].lines;
    for (var l = 0; l < lines.length; l++) {
      if (!lines[l].bounds().contains(point)) continue;
      var spans = lines[l].spans;
      for (var s = 0; s < spans.length; s++) {
        var b = spans[s].box;
        var r = new Rect(b.x, b.y, b.width, b.height);
        if (r.contains(point)) return new Position(p, l, s);
      }
      return new Position(p, l, spans.length - 1);
    }
  }
  return null;
}

// Literals with the same keys in different orders meet here.
function distance(a, b) { return Math.abs(a.x - b.x) + Math.abs(a.y - b.y); }

// size -> checksum
var SMALLOBJECTS_EXPECTED = { 50: 138121958, 800: 965618590 };

function runIteration(size) {
  var rng = new Lcg(2024);
  var tokens = tokenize(rng, size);
  var styles = [new Style(10, 400), new Style(12, 700), new Style(14, 400)];
  var h = 0;
  var laidOut = 0;
  for (var k = 0; k < styles.length; k++) {
    var doc = layout(tokens, styles[k], 480, 600);
    var bounds = null;
    for (var p = 0; p < doc.pages.length; p++) {
      var page = doc.pages[p];
      if (page.height > 600 + 3 * doc.style.leading) throw new Error("smallobjects: page " + p + " too tall");
      for (var l = 0; l < page.lines.length; l++) {
        var line = page.lines[l];
        bounds = bounds === null ? line.bounds() : bounds.union(line.bounds());
        for (var s = 0; s < line.spans.length; s++) {
          var b = line.spans[s].box;
          laidOut++;
          h = (h * 31 + b.x * 3 + b.y * 5 + b.width + b.token.index) % 1000000007;
        }
      }
    }
    var origin = bounds.origin();
    var extent = bounds.size();
    h = (h + origin.manhattan() + extent.w * 7 + extent.h * 11) % 1000000007;
    var last = null;
    for (var q = 0; q < 40; q++) {
      var pt = new Point(rng.next(480), rng.next(extent.h));
      var pos = hitTest(doc, pt);
      if (pos !== null) {
        h = (h * 7 + pos.page * 1000 + pos.line * 10 + pos.span) % 1000000007;
        if (last !== null) h = (h + new Range(last, pos).length(doc)) % 1000000007;
        last = pos;
      }
      var a = q % 2 === 0 ? { x: pt.x, y: pt.y } : { y: pt.y, x: pt.x };
      var c = q % 3 === 0 ? new Point(pt.y, pt.x) : { x: pt.y, y: pt.x, tag: q };
      h = (h + distance(a, c) + pt.sub(origin).add(new Point(1, 1)).manhattan()) % 1000000007;
    }
  }
  if (laidOut !== styles.length * size) throw new Error("smallobjects: laid out " + laidOut + " of " + styles.length * size);
  var want = SMALLOBJECTS_EXPECTED[size];
  if (want !== undefined && want !== h) throw new Error("smallobjects: got " + h + ", expected " + want);
  return h;
}
