// Splay: a self-adjusting binary search tree under an allocation-heavy load.
//
// The tree holds `size` nodes, each with a freshly built payload (a small
// tree of objects, arrays and strings).  Each iteration builds the tree, then
// repeatedly inserts new random keys and removes old ones, so the garbage
// collector sees a steady churn of short- and long-lived objects.  Lookups,
// in-order traversal, min/max queries and the node count are checked against
// a shadow record of the keys, and the tree must stay ordered.
//
// Style: a class for the tree, constructor functions for nodes and payloads.

function SplayNode(key, value) {
  this.key = key;
  this.value = value;
  this.left = null;
  this.right = null;
}

class SplayTree {
  constructor() {
    this.root = null;
    this.count = 0;
  }

  isEmpty() { return this.root === null; }

  // Inserts key unless it is present; the new node becomes the root.
  insert(key, value) {
    if (this.isEmpty()) {
      this.root = new SplayNode(key, value);
      this.count = 1;
      return true;
    }
    this.splay(key);
    if (this.root.key === key) return false;
    const node = new SplayNode(key, value);
    if (key > this.root.key) {
      node.left = this.root;
      node.right = this.root.right;
      this.root.right = null;
    } else {
      node.right = this.root;
      node.left = this.root.left;
      this.root.left = null;
    }
    this.root = node;
    this.count++;
    return true;
  }

  // Removes key and returns its node; throws if it is absent.
  remove(key) {
    if (this.isEmpty()) throw new Error("Splay: remove from an empty tree");
    this.splay(key);
    if (this.root.key !== key) throw new Error("Splay: key " + key + " not found");
    const removed = this.root;
    if (this.root.left === null) {
      this.root = this.root.right;
    } else {
      const right = this.root.right;
      this.root = this.root.left;
      // The maximum of the left subtree has no right child after splaying.
      this.splay(key);
      this.root.right = right;
    }
    this.count--;
    return removed;
  }

  find(key) {
    if (this.isEmpty()) return null;
    this.splay(key);
    return this.root.key === key ? this.root : null;
  }

  findMax(start) {
    if (this.isEmpty()) return null;
    let current = start || this.root;
    while (current.right !== null) current = current.right;
    return current;
  }

  findMin() {
    if (this.isEmpty()) return null;
    let current = this.root;
    while (current.left !== null) current = current.left;
    return current;
  }

  // The node with the greatest key smaller than key.
  findGreatestLessThan(key) {
    if (this.isEmpty()) return null;
    this.splay(key);
    if (this.root.key < key) return this.root;
    if (this.root.left !== null) return this.findMax(this.root.left);
    return null;
  }

  exportKeys() {
    const result = [];
    // Iterative in-order walk, so deep trees need no deep recursion.
    const stack = [];
    let node = this.root;
    while (node !== null || stack.length > 0) {
      while (node !== null) {
        stack.push(node);
        node = node.left;
      }
      node = stack.pop();
      result.push(node.key);
      node = node.right;
    }
    return result;
  }

  // Top-down splay: moves the node with key (or the last node on its search
  // path) to the root, reassembling the left and right trees on the way.
  splay(key) {
    const dummy = new SplayNode(null, null);
    let left = dummy, right = dummy;
    let current = this.root;
    for (;;) {
      if (key < current.key) {
        if (current.left === null) break;
        if (key < current.left.key) {
          const tmp = current.left;          // rotate right
          current.left = tmp.right;
          tmp.right = current;
          current = tmp;
          if (current.left === null) break;
        }
        right.left = current;                // link right
        right = current;
        current = current.left;
      } else if (key > current.key) {
        if (current.right === null) break;
        if (key > current.right.key) {
          const tmp = current.right;         // rotate left
          current.right = tmp.left;
          tmp.left = current;
          current = tmp;
          if (current.right === null) break;
        }
        left.right = current;                // link left
        left = current;
        current = current.right;
      } else {
        break;
      }
    }
    left.right = current.left;
    right.left = current.right;
    current.left = dummy.right;
    current.right = dummy.left;
    this.root = current;
  }
}

// A deterministic pseudo-random generator (a 31-bit LCG), identical everywhere.
function Random(seed) {
  this.state = seed;
}

Random.prototype.next = function () {
  this.state = (this.state * 1103515245 + 12345) % 2147483648;
  return this.state / 2147483648;
};

// The payload: a binary tree of objects with arrays and strings at the leaves.
function Payload(depth, tag) {
  if (depth === 0) {
    this.array = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    this.string = "String for key " + tag + " in leaf node";
    this.left = null;
    this.right = null;
  } else {
    this.array = null;
    this.string = null;
    this.left = new Payload(depth - 1, tag);
    this.right = new Payload(depth - 1, tag);
  }
}

Payload.prototype.leafCount = function () {
  if (this.left === null) return 1;
  return this.left.leafCount() + this.right.leafCount();
};

var SPLAY_PAYLOAD_DEPTH = 4;

function SplayLoad(size, seed) {
  this.tree = new SplayTree();
  this.random = new Random(seed);
  this.live = new Map();     // shadow record: key -> tag
  this.inserted = 0;
  this.removed = 0;
  for (var i = 0; i < size; i++) this.insertNew();
}

SplayLoad.prototype.generateKey = function () {
  return Math.floor(this.random.next() * 1e9);
};

SplayLoad.prototype.insertNew = function () {
  var key = this.generateKey();
  while (this.tree.find(key) !== null) key = this.generateKey();
  var tag = "k" + key;
  this.tree.insert(key, new Payload(SPLAY_PAYLOAD_DEPTH, tag));
  this.live.set(key, tag);
  this.inserted++;
  return key;
};

// Inserts a new key and removes the one just below a random key (or the minimum).
SplayLoad.prototype.churn = function () {
  this.insertNew();
  var probe = this.generateKey();
  var victim = this.tree.findGreatestLessThan(probe);
  if (victim === null) victim = this.tree.findMin();
  var node = this.tree.remove(victim.key);
  if (node.value.leafCount() !== 1 << SPLAY_PAYLOAD_DEPTH) throw new Error("Splay: damaged payload");
  if (node.value.left.left.left.left.string !== "String for key " + this.live.get(node.key) + " in leaf node") {
    throw new Error("Splay: payload belongs to another key");
  }
  this.live.delete(node.key);
  this.removed++;
};

SplayLoad.prototype.verify = function () {
  var keys = this.tree.exportKeys();
  if (keys.length !== this.live.size || this.tree.count !== this.live.size) {
    throw new Error("Splay: tree holds " + keys.length + " keys, expected " + this.live.size);
  }
  for (var i = 1; i < keys.length; i++) {
    if (!(keys[i - 1] < keys[i])) throw new Error("Splay: keys out of order at " + i);
  }
  for (var j = 0; j < keys.length; j++) {
    if (!this.live.has(keys[j])) throw new Error("Splay: unexpected key " + keys[j]);
  }
  var sorted = Array.from(this.live.keys()).sort(function (a, b) { return a - b; });
  if (sorted[0] !== this.tree.findMin().key || sorted[sorted.length - 1] !== this.tree.findMax().key) {
    throw new Error("Splay: wrong minimum or maximum");
  }
  for (var k = 0; k < sorted.length; k += 7) {
    var found = this.tree.find(sorted[k]);
    if (found === null || found.value.right.string !== null) throw new Error("Splay: lookup failed");
  }
  return keys;
};

function runIteration(size) {
  var load = new SplayLoad(size, 42);
  load.verify();
  for (var round = 0; round < 4; round++) {
    for (var i = 0; i < size; i++) load.churn();
    load.verify();
  }
  if (load.inserted !== 5 * size || load.removed !== 4 * size) {
    throw new Error("Splay: wrong operation counts");
  }
}
