// Protochain: a widget toolkit whose classes are deep ES5 prototype chains.
//
// Node -> Element -> Widget -> {Container -> {Panel, Row, Column, Window}, Control -> {Label,
// Button, Check, Slider, TextBox, Icon}}: up to five levels, built with
// `Child.prototype = Object.create(Parent.prototype)`; constructors chain with
// `Parent.call(this, ...)`, overrides reach the parent method with
// `Parent.prototype.method.call(this, ...)`, and most methods are inherited from several
// levels up, called on receivers of a dozen shapes (megamorphic sites).  Each iteration
// builds a random tree of `size` windows, lays it out (measure, arrange), dispatches events
// that bubble up the parent chain, and walks the tree with a visitor.  The result is checked
// by a checksum of every widget's position and size and of the event counts.
//
// Style: ES5 prototype chains, Object.create, Parent.call / Parent.prototype.m.call.

function inherit(Child, Parent) {
  Child.prototype = Object.create(Parent.prototype);
  Child.prototype.constructor = Child;
  Child.superclass = Parent.prototype;
}

var nextId = 0;

function Node(name) {
  this.id = nextId++;
  this.name = name;
  this.parent = null;
}
Node.prototype.root = function () {
  var n = this;
  while (n.parent !== null) n = n.parent;
  return n;
};
Node.prototype.depth = function () {
  var d = 0;
  for (var n = this.parent; n !== null; n = n.parent) d++;
  return d;
};
Node.prototype.kind = function () { return "node"; };
Node.prototype.describe = function () { return this.kind() + "#" + this.id; };

function Element(name, style) {
  Node.call(this, name);
  this.style = style;
  this.listeners = null;
}
inherit(Element, Node);
Element.prototype.kind = function () { return "element"; };
Element.prototype.on = function (type, fn) {
  if (this.listeners === null) this.listeners = {};
  (this.listeners[type] || (this.listeners[type] = [])).push(fn);
};
Element.prototype.handle = function (event) {
  var list = this.listeners === null ? undefined : this.listeners[event.type];
  if (list !== undefined) {
    for (var i = 0; i < list.length; i++) list[i].call(this, event);
  }
};
Element.prototype.dispatch = function (event) {
  for (var n = this; n !== null && !event.stopped; n = n.parent) {
    event.hops++;
    n.handle(event);
  }
  return event;
};
Element.prototype.padding = function () { return this.style.padding; };

function Widget(name, style) {
  Element.call(this, name, style);
  this.x = 0;
  this.y = 0;
  this.width = 0;
  this.height = 0;
  this.visible = true;
}
inherit(Widget, Element);
Widget.prototype.kind = function () { return "widget"; };
Widget.prototype.minWidth = function () { return 2 * this.padding(); };
Widget.prototype.minHeight = function () { return 2 * this.padding(); };
Widget.prototype.measure = function () {
  this.width = this.minWidth();
  this.height = this.minHeight();
};
Widget.prototype.arrange = function (x, y) {
  this.x = x;
  this.y = y;
};
Widget.prototype.accept = function (visitor) { return visitor.visitWidget(this); };
Widget.prototype.area = function () { return this.visible ? this.width * this.height : 0; };

function Container(name, style) {
  Widget.call(this, name, style);
  this.children = [];
  this.spacing = style.spacing;
}
inherit(Container, Widget);
Container.prototype.kind = function () { return "container"; };
Container.prototype.add = function (child) {
  child.parent = this;
  this.children.push(child);
  return this;
};
Container.prototype.measure = function () {
  Widget.prototype.measure.call(this);
  for (var i = 0; i < this.children.length; i++) this.children[i].measure();
};
Container.prototype.accept = function (visitor) {
  var r = visitor.visitContainer(this);
  for (var i = 0; i < this.children.length; i++) r = (r + this.children[i].accept(visitor)) % 1000000007;
  return r;
};

function Row(name, style) { Container.call(this, name, style); this.align = "top"; }
inherit(Row, Container);
Row.prototype.kind = function () { return "row"; };
Row.prototype.measure = function () {
  Container.prototype.measure.call(this);
  var w = this.padding(), h = 0;
  for (var i = 0; i < this.children.length; i++) {
    var c = this.children[i];
    w += c.width + (i > 0 ? this.spacing : 0);
    if (c.height > h) h = c.height;
  }
  this.width = w + this.padding();
  this.height = h + 2 * this.padding();
};
Row.prototype.arrange = function (x, y) {
  Widget.prototype.arrange.call(this, x, y);
  var cx = x + this.padding();
  for (var i = 0; i < this.children.length; i++) {
    var c = this.children[i];
    c.arrange(cx, y + this.padding());
    cx += c.width + this.spacing;
  }
};

function Column(name, style) { Container.call(this, name, style); this.align = "left"; }
inherit(Column, Container);
Column.prototype.kind = function () { return "column"; };
Column.prototype.measure = function () {
  Container.prototype.measure.call(this);
  var w = 0, h = this.padding();
  for (var i = 0; i < this.children.length; i++) {
    var c = this.children[i];
    h += c.height + (i > 0 ? this.spacing : 0);
    if (c.width > w) w = c.width;
  }
  this.width = w + 2 * this.padding();
  this.height = h + this.padding();
};
Column.prototype.arrange = function (x, y) {
  Widget.prototype.arrange.call(this, x, y);
  var cy = y + this.padding();
  for (var i = 0; i < this.children.length; i++) {
    var c = this.children[i];
    c.arrange(x + this.padding(), cy);
    cy += c.height + this.spacing;
  }
};

function Panel(name, style, title) { Column.call(this, name, style); this.title = title; }
inherit(Panel, Column);
Panel.prototype.kind = function () { return "panel"; };
Panel.prototype.minHeight = function () { return Column.superclass.minHeight.call(this) + 12; };
Panel.prototype.measure = function () {
  Column.prototype.measure.call(this);
  this.height += 12;
  if (this.width < this.title.length * 6) this.width = this.title.length * 6;
};

function Window(name, style, title) { Panel.call(this, name, style, title); this.modal = false; this.z = 0; }
inherit(Window, Panel);
Window.prototype.kind = function () { return "window"; };

function Control(name, style) {
  Widget.call(this, name, style);
  this.enabled = true;
  this.focused = false;
}
inherit(Control, Widget);
Control.prototype.kind = function () { return "control"; };
Control.prototype.contentWidth = function () { return 8; };
Control.prototype.contentHeight = function () { return 8; };
Control.prototype.minWidth = function () { return Widget.prototype.minWidth.call(this) + this.contentWidth(); };
Control.prototype.minHeight = function () { return Widget.prototype.minHeight.call(this) + this.contentHeight(); };
Control.prototype.accept = function (visitor) { return visitor.visitControl(this); };

function Label(name, style, text) { Control.call(this, name, style); this.text = text; }
inherit(Label, Control);
Label.prototype.kind = function () { return "label"; };
Label.prototype.contentWidth = function () { return this.text.length * 6; };
Label.prototype.contentHeight = function () { return 10; };

function Button(name, style, text) { Label.call(this, name, style, text); this.pressed = 0; }
inherit(Button, Label);
Button.prototype.kind = function () { return "button"; };
Button.prototype.contentWidth = function () { return Label.prototype.contentWidth.call(this) + 8; };

function Check(name, style, text) { Label.call(this, name, style, text); this.checked = false; }
inherit(Check, Label);
Check.prototype.kind = function () { return "check"; };
Check.prototype.contentWidth = function () { return Label.prototype.contentWidth.call(this) + 14; };

function Slider(name, style, min, max) {
  Control.call(this, name, style);
  this.min = min;
  this.max = max;
  this.value = min;
}
inherit(Slider, Control);
Slider.prototype.kind = function () { return "slider"; };
Slider.prototype.contentWidth = function () { return 40 + (this.max - this.min) % 17; };

function TextBox(name, style, columns) { Control.call(this, name, style); this.columns = columns; this.text = ""; }
inherit(TextBox, Control);
TextBox.prototype.kind = function () { return "textbox"; };
TextBox.prototype.contentWidth = function () { return this.columns * 6; };
TextBox.prototype.contentHeight = function () { return 12; };

function Icon(name, style, size) { Control.call(this, name, style); this.size = size; }
inherit(Icon, Control);
Icon.prototype.kind = function () { return "icon"; };
Icon.prototype.contentWidth = function () { return this.size; };
Icon.prototype.contentHeight = function () { return this.size; };

var STYLES = [
  { padding: 1, spacing: 2 }, { padding: 2, spacing: 1 }, { padding: 3, spacing: 3 }, { padding: 0, spacing: 4 }
];

function Rng(seed) { this.s = seed; }
Rng.prototype.next = function (n) {
  this.s = (this.s * 69069 + 1) % 4294967296;
  return Math.floor(this.s / 65536) % n;
};

function makeControl(rng, i) {
  var style = STYLES[rng.next(4)];
  switch (rng.next(6)) {
    case 0: return new Label("l" + i, style, "label " + i);
    case 1: return new Button("b" + i, style, "ok" + (i % 10));
    case 2: return new Check("c" + i, style, "opt" + i);
    case 3: return new Slider("s" + i, style, rng.next(10), 20 + rng.next(50));
    case 4: return new TextBox("t" + i, style, 4 + rng.next(12));
    default: return new Icon("i" + i, style, 8 + rng.next(9));
  }
}

function makeTree(rng, depth, i) {
  var style = STYLES[rng.next(4)];
  var box = rng.next(4) === 0 ? new Panel("p" + i, style, "panel " + i)
          : depth % 2 === 0 ? new Row("r" + i, style) : new Column("k" + i, style);
  var n = 2 + rng.next(3);
  for (var j = 0; j < n; j++) {
    box.add(depth < 3 && rng.next(3) === 0 ? makeTree(rng, depth + 1, i * 7 + j) : makeControl(rng, i * 7 + j));
  }
  return box;
}

var Summer = {
  visitWidget: function (w) { return w.area() % 1000; },
  visitContainer: function (c) { return (c.x * 3 + c.y * 5 + c.children.length + c.depth()) % 1000; },
  visitControl: function (c) { return (c.x + c.y * 7 + c.width * 11 + c.height * 13 + c.kind().length) % 100000; }
};

function collect(node, out) {
  out.push(node);
  if (node instanceof Container) {
    for (var i = 0; i < node.children.length; i++) collect(node.children[i], out);
  }
  return out;
}

// size -> checksum
var PROTOCHAIN_EXPECTED = { 5: 688891928, 220: 613489249 };

function runIteration(size) {
  nextId = 0;
  var rng = new Rng(12345);
  var desktop = new Column("desktop", STYLES[0]);
  var clicks = 0, bubbled = 0;
  desktop.on("click", function (e) { bubbled++; });
  for (var i = 0; i < size; i++) {
    var win = new Window("w" + i, STYLES[i % 4], "window " + i);
    win.add(makeTree(rng, 0, i));
    if (i % 3 === 0) win.on("click", function (e) { clicks++; if (e.hops > 6) e.stopped = true; });
    desktop.add(win);
  }
  desktop.measure();
  desktop.arrange(0, 0);
  var all = collect(desktop, []);
  var h = 0;
  for (var k = 0; k < all.length; k++) {
    var w = all[k];
    h = (h * 31 + w.x * 7 + w.y * 13 + w.width * 17 + w.height * 19 + w.depth()) % 1000000007;
    if (w instanceof Control && k % 3 === 0) {
      var ev = w.dispatch({ type: "click", hops: 0, stopped: false });
      h = (h + ev.hops) % 1000000007;
    }
  }
  var visited = desktop.accept(Summer);
  if (all.length !== nextId) throw new Error("protochain: " + all.length + " widgets, " + nextId + " made");
  if (desktop.root() !== desktop || all[all.length - 1].root() !== desktop) throw new Error("protochain: bad root");
  if (desktop.describe() !== "column#0") throw new Error("protochain: " + desktop.describe());
  h = (h * 1009 + visited + clicks * 3 + bubbled) % 1000000007;
  var want = PROTOCHAIN_EXPECTED[size];
  if (want !== undefined && want !== h) throw new Error("protochain: got " + h + ", expected " + want);
  return h;
}
