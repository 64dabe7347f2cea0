// Matrices: multiplication, transpose, determinant, identity and formatting.
class Matrix {
  constructor(rows) { this.rows = rows.map(r => [...r]); }
  static identity(n) { return new Matrix(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => +(i === j)))); }
  get n() { return this.rows.length; }
  get m() { return this.rows[0].length; }
  at(i, j) { return this.rows[i][j]; }
  map(f) { return new Matrix(this.rows.map((r, i) => r.map((v, j) => f(v, i, j)))); }
  transpose() { return new Matrix(this.rows[0].map((_, j) => this.rows.map(r => r[j]))); }
  mul(other) {
    if (this.m !== other.n) throw new RangeError(`shape mismatch ${this.n}x${this.m} * ${other.n}x${other.m}`);
    return new Matrix(this.rows.map(r => other.transpose().rows.map(c => r.reduce((s, v, k) => s + v * c[k], 0))));
  }
  add(other) { return this.map((v, i, j) => v + other.at(i, j)); }
  det() {
    if (this.n !== this.m) throw new TypeError('not square');
    if (this.n === 1) return this.at(0, 0);
    if (this.n === 2) return this.at(0, 0) * this.at(1, 1) - this.at(0, 1) * this.at(1, 0);
    let total = 0;
    for (let j = 0; j < this.m; j++) {
      const minor = new Matrix(this.rows.slice(1).map(r => r.filter((_, k) => k !== j)));
      total += (j % 2 ? -1 : 1) * this.at(0, j) * minor.det();
    }
    return total;
  }
  pow(k) {
    let result = Matrix.identity(this.n), base = this;
    while (k > 0) {
      if (k & 1) result = result.mul(base);
      base = base.mul(base);
      k >>= 1;
    }
    return result;
  }
  toString() {
    const width = Math.max(...this.rows.flat().map(v => String(v).length));
    return this.rows.map(r => '| ' + r.map(v => String(v).padStart(width)).join(' ') + ' |').join('\n');
  }
}

const a = new Matrix([[1, 2, 3], [4, 5, 6]]);
const b = new Matrix([[7, 8], [9, 10], [11, 12]]);
console.log(String(a.mul(b)));
console.log(String(a.transpose()));
console.log(new Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]]).det());
console.log(String(Matrix.identity(3).add(Matrix.identity(3)).map(v => v * 5)));

const fib = new Matrix([[1, 1], [1, 0]]);
console.log([1, 5, 10, 20, 40].map(k => fib.pow(k).at(0, 1)).join(' '));

try { a.mul(a); } catch (e) { console.log(`${e.name}: ${e.message}`); }
try { a.det(); } catch (e) { console.log(`${e.name}: ${e.message}`); }

// Spiral order traversal.
function spiral(rows) {
  const out = [];
  let top = 0, bottom = rows.length - 1, left = 0, right = rows[0].length - 1;
  while (top <= bottom && left <= right) {
    for (let j = left; j <= right; j++) out.push(rows[top][j]);
    top++;
    for (let i = top; i <= bottom; i++) out.push(rows[i][right]);
    right--;
    if (top <= bottom) { for (let j = right; j >= left; j--) out.push(rows[bottom][j]); bottom--; }
    if (left <= right) { for (let i = bottom; i >= top; i--) out.push(rows[i][left]); left++; }
  }
  return out;
}
const sq = Array.from({ length: 4 }, (_, i) => Array.from({ length: 4 }, (_, j) => i * 4 + j + 1));
console.log(spiral(sq).join(','));
console.log(spiral([[1, 2, 3]]).join(','), spiral([[1], [2], [3]]).join(','));
