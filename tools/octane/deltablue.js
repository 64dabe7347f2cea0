// DeltaBlue: an incremental one-way constraint solver.
//
// Constraints have strengths (required, strong, medium, weak...).  Adding or
// removing a constraint incrementally updates which constraint determines each
// variable (the "walkabout strength" algorithm), and a plan extracted from the
// current solution propagates new input values.  Two workloads are run: a long
// chain of equality constraints and a projection of one set of variables onto
// another through scale constraints.  Both check the propagated values.
//
// Style: ES2015 classes.

class Strength {
  constructor(value, name) {
    this.value = value;
    this.name = name;
  }

  static stronger(a, b) { return a.value < b.value; }
  static weaker(a, b) { return a.value > b.value; }
  static weakest(a, b) { return Strength.weaker(a, b) ? a : b; }
  static strongest(a, b) { return Strength.stronger(a, b) ? a : b; }

  // The next weaker strength, used when constraints are added with decreasing priority.
  nextWeaker() {
    switch (this.value) {
      case 0: return Strength.WEAKEST;
      case 1: return Strength.WEAK_DEFAULT;
      case 2: return Strength.NORMAL;
      case 3: return Strength.STRONG_DEFAULT;
      case 4: return Strength.PREFERRED;
      case 5: return Strength.REQUIRED;
      default: throw new Error("DeltaBlue: no strength weaker than " + this.name);
    }
  }
}

Strength.REQUIRED = new Strength(0, "required");
Strength.STRONG_PREFERRED = new Strength(1, "strongPreferred");
Strength.PREFERRED = new Strength(2, "preferred");
Strength.STRONG_DEFAULT = new Strength(3, "strongDefault");
Strength.NORMAL = new Strength(4, "normal");
Strength.WEAK_DEFAULT = new Strength(5, "weakDefault");
Strength.WEAKEST = new Strength(6, "weakest");

const Direction = { NONE: 0, FORWARD: 1, BACKWARD: -1 };

class Constraint {
  constructor(strength, planner) {
    this.strength = strength;
    this.planner = planner;
  }

  // Activates this constraint and tries to satisfy it.
  addConstraint() {
    this.addToGraph();
    this.planner.incrementalAdd(this);
  }

  // Tries to choose a method that satisfies this constraint.  When the chosen
  // output variable was determined by another constraint, that constraint is
  // returned so the planner can try to resatisfy it.
  satisfy(mark) {
    this.chooseMethod(mark);
    if (!this.isSatisfied()) {
      if (this.strength === Strength.REQUIRED) {
        throw new Error("DeltaBlue: could not satisfy a required constraint");
      }
      return null;
    }
    this.markInputs(mark);
    const out = this.output();
    const overridden = out.determinedBy;
    if (overridden !== null) overridden.markUnsatisfied();
    out.determinedBy = this;
    if (!this.planner.addPropagate(this, mark)) {
      throw new Error("DeltaBlue: cycle encountered");
    }
    out.mark = mark;
    return overridden;
  }

  destroyConstraint() {
    if (this.isSatisfied()) this.planner.incrementalRemove(this);
    else this.removeFromGraph();
  }

  // Input-only constraints (edit, stay) are not part of a propagation plan.
  isInput() { return false; }
}

class UnaryConstraint extends Constraint {
  constructor(v, strength, planner) {
    super(strength, planner);
    this.myOutput = v;
    this.satisfied = false;
    this.addConstraint();
  }

  addToGraph() {
    this.myOutput.addConstraint(this);
    this.satisfied = false;
  }

  chooseMethod(mark) {
    this.satisfied = this.myOutput.mark !== mark &&
      Strength.stronger(this.strength, this.myOutput.walkStrength);
  }

  isSatisfied() { return this.satisfied; }
  markInputs(mark) {}
  output() { return this.myOutput; }

  recalculate() {
    this.myOutput.walkStrength = this.strength;
    this.myOutput.stay = !this.isInput();
    if (this.myOutput.stay) this.execute();
  }

  markUnsatisfied() { this.satisfied = false; }
  inputsKnown() { return true; }

  removeFromGraph() {
    if (this.myOutput !== null) this.myOutput.removeConstraint(this);
    this.satisfied = false;
  }
}

// Keeps a variable at its value unless something stronger changes it.
class StayConstraint extends UnaryConstraint {
  execute() {}
}

// Marks a variable as changed by the outside world.
class EditConstraint extends UnaryConstraint {
  isInput() { return true; }
  execute() {}
}

class BinaryConstraint extends Constraint {
  constructor(var1, var2, strength, planner) {
    super(strength, planner);
    this.v1 = var1;
    this.v2 = var2;
    this.direction = Direction.NONE;
  }

  // Picks the direction that lets this constraint override the weaker of its variables.
  chooseMethod(mark) {
    if (this.v1.mark === mark) {
      this.direction = (this.v2.mark !== mark && Strength.stronger(this.strength, this.v2.walkStrength))
        ? Direction.FORWARD : Direction.NONE;
    } else if (this.v2.mark === mark) {
      this.direction = (this.v1.mark !== mark && Strength.stronger(this.strength, this.v1.walkStrength))
        ? Direction.BACKWARD : Direction.NONE;
    } else if (Strength.weaker(this.v1.walkStrength, this.v2.walkStrength)) {
      this.direction = Strength.stronger(this.strength, this.v1.walkStrength)
        ? Direction.BACKWARD : Direction.NONE;
    } else {
      this.direction = Strength.stronger(this.strength, this.v2.walkStrength)
        ? Direction.FORWARD : Direction.BACKWARD;
    }
  }

  addToGraph() {
    this.v1.addConstraint(this);
    this.v2.addConstraint(this);
    this.direction = Direction.NONE;
  }

  isSatisfied() { return this.direction !== Direction.NONE; }
  markInputs(mark) { this.input().mark = mark; }
  input() { return this.direction === Direction.FORWARD ? this.v1 : this.v2; }
  output() { return this.direction === Direction.FORWARD ? this.v2 : this.v1; }

  recalculate() {
    const ihn = this.input();
    const out = this.output();
    out.walkStrength = Strength.weakest(this.strength, ihn.walkStrength);
    out.stay = ihn.stay;
    if (out.stay) this.execute();
  }

  markUnsatisfied() { this.direction = Direction.NONE; }

  inputsKnown(mark) {
    const i = this.input();
    return i.mark === mark || i.stay || i.determinedBy === null;
  }

  removeFromGraph() {
    if (this.v1 !== null) this.v1.removeConstraint(this);
    if (this.v2 !== null) this.v2.removeConstraint(this);
    this.direction = Direction.NONE;
  }
}

// v2 = v1 * scale + offset (or the inverse when run backwards).
class ScaleConstraint extends BinaryConstraint {
  constructor(src, scale, offset, dest, strength, planner) {
    super(src, dest, strength, planner);
    this.scale = scale;
    this.offset = offset;
    this.addConstraint();
  }

  addToGraph() {
    super.addToGraph();
    this.scale.addConstraint(this);
    this.offset.addConstraint(this);
  }

  removeFromGraph() {
    super.removeFromGraph();
    if (this.scale !== null) this.scale.removeConstraint(this);
    if (this.offset !== null) this.offset.removeConstraint(this);
  }

  markInputs(mark) {
    super.markInputs(mark);
    this.scale.mark = this.offset.mark = mark;
  }

  execute() {
    if (this.direction === Direction.FORWARD) {
      this.v2.value = this.v1.value * this.scale.value + this.offset.value;
    } else {
      this.v1.value = (this.v2.value - this.offset.value) / this.scale.value;
    }
  }

  recalculate() {
    const ihn = this.input();
    const out = this.output();
    out.walkStrength = Strength.weakest(this.strength, ihn.walkStrength);
    out.stay = ihn.stay && this.scale.stay && this.offset.stay;
    if (out.stay) this.execute();
  }
}

class EqualityConstraint extends BinaryConstraint {
  constructor(var1, var2, strength, planner) {
    super(var1, var2, strength, planner);
    this.addConstraint();
  }

  execute() { this.output().value = this.input().value; }
}

class Variable {
  constructor(name, initialValue) {
    this.value = initialValue === undefined ? 0 : initialValue;
    this.constraints = [];
    this.determinedBy = null;
    this.mark = 0;
    this.walkStrength = Strength.WEAKEST;
    this.stay = true;
    this.name = name;
  }

  addConstraint(c) { this.constraints.push(c); }

  removeConstraint(c) {
    const kept = [];
    for (const each of this.constraints) if (each !== c) kept.push(each);
    this.constraints = kept;
    if (this.determinedBy === c) this.determinedBy = null;
  }
}

// A sequence of constraints to execute in order to propagate new input values.
class Plan {
  constructor() { this.list = []; }
  addConstraint(c) { this.list.push(c); }
  size() { return this.list.length; }
  execute() {
    for (let i = 0; i < this.list.length; i++) this.list[i].execute();
  }
}

class Planner {
  constructor() { this.currentMark = 0; }

  // Satisfies `c` and re-satisfies whatever constraints it overrode.
  incrementalAdd(c) {
    const mark = this.newMark();
    let overridden = c.satisfy(mark);
    while (overridden !== null) overridden = overridden.satisfy(mark);
  }

  // Removes `c`, then tries to satisfy the now unsatisfied downstream
  // constraints from the strongest to the weakest.
  incrementalRemove(c) {
    const out = c.output();
    c.markUnsatisfied();
    c.removeFromGraph();
    const unsatisfied = this.removePropagateFrom(out);
    let strength = Strength.REQUIRED;
    do {
      for (const u of unsatisfied) {
        if (u.strength === strength) this.incrementalAdd(u);
      }
      strength = strength.nextWeaker();
    } while (strength !== Strength.WEAKEST);
  }

  newMark() { return ++this.currentMark; }

  // Builds a plan that executes the satisfied constraints downstream of the given inputs.
  makePlan(sources) {
    const mark = this.newMark();
    const plan = new Plan();
    const todo = sources.slice();
    while (todo.length > 0) {
      const c = todo.pop();
      if (c.output().mark !== mark && c.inputsKnown(mark)) {
        plan.addConstraint(c);
        c.output().mark = mark;
        this.addConstraintsConsumingTo(c.output(), todo);
      }
    }
    return plan;
  }

  extractPlanFromConstraints(constraints) {
    const sources = [];
    for (const c of constraints) {
      if (c.isInput() && c.isSatisfied()) sources.push(c);
    }
    return this.makePlan(sources);
  }

  // Recomputes walkabout strengths downstream of `c`; false if a cycle is found.
  addPropagate(c, mark) {
    const todo = [c];
    while (todo.length > 0) {
      const d = todo.pop();
      if (d.output().mark === mark) {
        this.incrementalRemove(c);
        return false;
      }
      d.recalculate();
      this.addConstraintsConsumingTo(d.output(), todo);
    }
    return true;
  }

  removePropagateFrom(out) {
    out.determinedBy = null;
    out.walkStrength = Strength.WEAKEST;
    out.stay = true;
    const unsatisfied = [];
    const todo = [out];
    while (todo.length > 0) {
      const v = todo.pop();
      for (const c of v.constraints) {
        if (!c.isSatisfied()) unsatisfied.push(c);
      }
      const determining = v.determinedBy;
      for (const next of v.constraints) {
        if (next !== determining && next.isSatisfied()) {
          next.recalculate();
          todo.push(next.output());
        }
      }
    }
    return unsatisfied;
  }

  addConstraintsConsumingTo(v, coll) {
    const determining = v.determinedBy;
    for (const c of v.constraints) {
      if (c !== determining && c.isSatisfied()) coll.push(c);
    }
  }
}

// A chain v0 = v1 = ... = vn with a stay on the last variable; editing the
// first must propagate to the last through every link.
function chainTest(n) {
  const planner = new Planner();
  let prev = null, first = null, last = null;
  for (let i = 0; i <= n; i++) {
    const v = new Variable("v" + i);
    if (prev !== null) new EqualityConstraint(prev, v, Strength.REQUIRED, planner);
    if (i === 0) first = v;
    if (i === n) last = v;
    prev = v;
  }
  new StayConstraint(last, Strength.STRONG_DEFAULT, planner);
  const edit = new EditConstraint(first, Strength.PREFERRED, planner);
  const plan = planner.extractPlanFromConstraints([edit]);
  if (plan.size() !== n + 1) throw new Error("DeltaBlue: chain plan has " + plan.size() + " steps");
  let checksum = 0;
  for (let i = 0; i < 100; i++) {
    first.value = i;
    plan.execute();
    if (last.value !== i) throw new Error("DeltaBlue: chain test failed at " + i + ": " + last.value);
    checksum += last.value;
  }
  edit.destroyConstraint();
  return checksum;
}

// dst[i] = src[i] * scale + offset for n pairs; edits to scale, offset and to
// single variables must propagate in both directions.
function projectionTest(n) {
  const planner = new Planner();
  const scale = new Variable("scale", 10);
  const offset = new Variable("offset", 1000);
  let src = null, dst = null;
  const dests = [];
  for (let i = 0; i < n; i++) {
    src = new Variable("src" + i, i);
    dst = new Variable("dst" + i, i);
    dests.push(dst);
    new StayConstraint(src, Strength.NORMAL, planner);
    new ScaleConstraint(src, scale, offset, dst, Strength.REQUIRED, planner);
  }
  change(planner, src, 17);
  if (dst.value !== 1170) throw new Error("DeltaBlue: projection 1 failed: " + dst.value);
  change(planner, dst, 1050);
  if (src.value !== 5) throw new Error("DeltaBlue: projection 2 failed: " + src.value);
  change(planner, scale, 5);
  for (let i = 0; i < n - 1; i++) {
    if (dests[i].value !== i * 5 + 1000) throw new Error("DeltaBlue: projection 3 failed at " + i);
  }
  change(planner, offset, 2000);
  let checksum = 0;
  for (let i = 0; i < n - 1; i++) {
    if (dests[i].value !== i * 5 + 2000) throw new Error("DeltaBlue: projection 4 failed at " + i);
    checksum += dests[i].value;
  }
  return checksum;
}

// Sets v to newValue through a temporary edit constraint.
function change(planner, v, newValue) {
  const edit = new EditConstraint(v, Strength.PREFERRED, planner);
  const plan = planner.extractPlanFromConstraints([edit]);
  for (let i = 0; i < 10; i++) {
    v.value = newValue;
    plan.execute();
  }
  edit.destroyConstraint();
}

function runIteration(size) {
  const chain = chainTest(size);
  if (chain !== 4950) throw new Error("DeltaBlue: chain checksum " + chain);
  const projection = projectionTest(size);
  const expected = 5 * (size - 1) * (size - 2) / 2 + 2000 * (size - 1);
  if (projection !== expected) {
    throw new Error("DeltaBlue: projection checksum " + projection + ", expected " + expected);
  }
}
