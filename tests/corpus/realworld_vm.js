// An emulator-style interpreter loop: a register VM with its program in a Uint8Array, data
// memory behind a DataView (little-endian 8/16/32-bit loads and stores), a `switch` dispatch
// loop with labeled continue, flags, a call stack in an Int32Array, and an assembler whose
// tokenizer is a sticky regular expression with named groups.

const OPS = ["halt", "li", "mov", "add", "sub", "mul", "and", "or", "xor", "shl", "shr", "cmp",
             "jmp", "jz", "jnz", "jlt", "ld8", "st8", "ld16", "st16", "ld32", "st32", "call", "ret",
             "out", "inc", "dec", "divu", "modu"];
const OPCODE = Object.fromEntries(OPS.map((name, i) => [name, i]));

function assemble(source) {
  const token = /[ \t]*(?:(?<label>[a-z_]\w*):|(?<reg>r[0-7])\b|(?<num>-?(?:0x[0-9a-f]+|\d+))|(?<name>[a-z_]\w*)|(?<comma>,)|(?<comment>;[^\n]*)|(?<nl>\n))/gy;
  const code = [];
  const labels = {};
  const fixups = [];
  let line = [];
  const flush = () => {
    if (line.length === 0) return;
    const [op, ...args] = line;
    if (!(op in OPCODE)) throw new SyntaxError("unknown op " + op);
    code.push(OPCODE[op]);
    for (const a of args) {
      if (typeof a === "number") {
        code.push(a & 255, (a >> 8) & 255, (a >> 16) & 255, (a >>> 24) & 255);
      } else if (a.startsWith("r")) {
        code.push(+a.slice(1));
      } else {
        fixups.push([code.length, a]);
        code.push(0, 0, 0, 0);
      }
    }
    line = [];
  };
  token.lastIndex = 0;
  while (token.lastIndex < source.length) {
    const m = token.exec(source);
    if (m === null) throw new SyntaxError("bad input at " + token.lastIndex);
    const g = m.groups;
    if (g.label !== undefined) labels[g.label] = code.length;
    else if (g.reg !== undefined) line.push(g.reg);
    else if (g.num !== undefined) line.push(parseInt(g.num));
    else if (g.name !== undefined) line.push(g.name);
    else if (g.nl !== undefined) flush();
  }
  flush();
  for (const [at, name] of fixups) {
    const v = labels[name];
    if (v === undefined) throw new ReferenceError("undefined label " + name);
    code[at] = v & 255; code[at + 1] = (v >> 8) & 255; code[at + 2] = (v >> 16) & 255; code[at + 3] = v >>> 24;
  }
  return Uint8Array.from(code);
}

function run(program, memSize, maxSteps) {
  const mem = new DataView(new ArrayBuffer(memSize));
  const reg = new Int32Array(8);
  const stack = new Int32Array(64);
  let sp = 0, pc = 0, flag = 0, steps = 0;
  const out = [];
  const imm = () => { const v = program[pc] | (program[pc + 1] << 8) | (program[pc + 2] << 16) | (program[pc + 3] << 24); pc += 4; return v; };
  loop: for (;;) {
    if (++steps > maxSteps) throw new RangeError("step limit");
    const op = program[pc++];
    switch (op) {
      case 0: break loop;
      case 1: { const r = program[pc++]; reg[r] = imm(); continue loop; }
      case 2: { const d = program[pc++]; reg[d] = reg[program[pc++]]; continue loop; }
      case 3: case 4: case 5: case 6: case 7: case 8: case 9: case 10: case 27: case 28: {
        const d = program[pc++], s = reg[program[pc++]];
        switch (op) {
          case 3: reg[d] += s; break;
          case 4: reg[d] -= s; break;
          case 5: reg[d] = Math.imul(reg[d], s); break;
          case 6: reg[d] &= s; break;
          case 7: reg[d] |= s; break;
          case 8: reg[d] ^= s; break;
          case 9: reg[d] <<= s; break;
          case 10: reg[d] = reg[d] >>> s; break;
          case 27: reg[d] = (reg[d] >>> 0) / (s >>> 0); break;
          default: reg[d] = (reg[d] >>> 0) % (s >>> 0);
        }
        continue loop;
      }
      case 11: { const a = reg[program[pc++]], b = reg[program[pc++]]; flag = a < b ? -1 : a > b ? 1 : 0; continue loop; }
      case 12: pc = imm(); continue loop;
      case 13: case 14: case 15: {
        const t = imm();
        if ((op === 13 && flag === 0) || (op === 14 && flag !== 0) || (op === 15 && flag < 0)) pc = t;
        continue loop;
      }
      case 16: case 18: case 20: {
        const d = program[pc++], a = reg[program[pc++]];
        reg[d] = op === 16 ? mem.getUint8(a) : op === 18 ? mem.getUint16(a, true) : mem.getInt32(a, true);
        continue loop;
      }
      case 17: case 19: case 21: {
        const a = reg[program[pc++]], v = reg[program[pc++]];
        if (op === 17) mem.setUint8(a, v); else if (op === 19) mem.setUint16(a, v, true); else mem.setInt32(a, v, true);
        continue loop;
      }
      case 22: { const t = imm(); stack[sp++] = pc; pc = t; continue loop; }
      case 23: pc = stack[--sp]; continue loop;
      case 24: out.push(reg[program[pc++]]); continue loop;
      case 25: reg[program[pc++]]++; continue loop;
      case 26: reg[program[pc++]]--; continue loop;
      default: throw new Error(`bad opcode ${op} at ${pc - 1}`);
    }
  }
  return { out, steps, mem };
}

const SIEVE = `
  li r0, 2          ; candidate
  li r7, 1
outer:
  li r1, 200
  cmp r0, r1
  jz done
  ld8 r2, r0
  li r3, 0
  cmp r2, r3
  jnz next
  out r0
  mov r4, r0
  add r4, r0
mark:
  cmp r4, r1
  jz next
  jlt store
  jmp next
store:
  st8 r4, r7
  add r4, r0
  jmp mark
next:
  inc r0
  jmp outer
done:
  halt
`;

const HASH = `
  li r0, 0          ; i
  li r1, 0x811c9dc5 ; FNV-1a offset basis
  li r5, 16777619
  li r6, 1000
loop:
  cmp r0, r6
  jz end
  mov r2, r0
  li r3, 7
  modu r2, r3
  call mix
  inc r0
  jmp loop
mix:
  xor r1, r2
  mul r1, r5
  li r3, 4
  mov r4, r0
  shl r4, r3
  st32 r4, r1
  ret
end:
  out r1
  li r4, 16
  ld16 r2, r4
  out r2
  li r4, 3
  divu r1, r4
  out r1
  halt
`;

const primes = run(assemble(SIEVE), 256, 100000);
console.log(primes.out.length, primes.out.slice(0, 10).join(","), primes.out.slice(-3).join(","), primes.steps);
const hashed = run(assemble(HASH), 1 << 14, 100000);
console.log(hashed.out.join(" "), hashed.steps, hashed.mem.getUint32(16 * 999, true).toString(16));
try { assemble("bogus r1\n"); } catch (e) { console.log(e.name, e.message); }
try { run(Uint8Array.of(99), 16, 10); } catch (e) { console.log(e.name, e.message); }
