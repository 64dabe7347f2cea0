"""The benchmark programs, their sizes and where their sources live."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

OCTANE_DIR = Path(__file__).resolve().parent.parent / "octane"


@dataclass(frozen=True)
class Benchmark:
    """One program in tools/octane/.

    ``size`` is calibrated so that one iteration takes about a second in pyjs
    tier 0; ``quick_size`` is tiny, for the correctness-only ``--quick`` run.
    """

    name: str
    size: int
    quick_size: int
    description: str

    @property
    def path(self) -> Path:
        return OCTANE_DIR / f"{self.name}.js"

    def source(self) -> str:
        return self.path.read_text(encoding="utf-8")


BENCHMARKS: tuple[Benchmark, ...] = (
    Benchmark("richards", 1500, 50, "OS kernel scheduler simulation"),
    Benchmark("deltablue", 130, 5, "one-way constraint solver"),
    Benchmark("crypto", 3, 1, "RSA with arbitrary-precision integers in number arrays"),
    Benchmark("raytrace", 12, 4, "object-heavy floating-point ray tracer"),
    Benchmark("navierstokes", 10, 4, "2D fluid solver on number arrays"),
    Benchmark("splay", 100, 10, "splay tree under allocation-heavy churn"),
    Benchmark("earleyboyer", 10, 1, "Earley parser and term-rewriting prover"),
    Benchmark("regexp", 300, 5, "regular-expression-heavy text processing"),
    Benchmark("nbody", 2500, 10, "n-body planetary simulation"),
    Benchmark("spectralnorm", 40, 5, "spectral norm by the power method"),
    Benchmark("fannkuch", 7, 4, "fannkuch-redux pancake flipping"),
    Benchmark("mandelbrot", 64, 8, "Mandelbrot set bitmap"),
    Benchmark("closures", 300, 10, "spreadsheet engine in closure modules (formulas as closures)"),
    Benchmark("smallobjects", 800, 50, "text layout on short-lived constructor-made objects"),
    Benchmark("protochain", 220, 5, "widget toolkit on deep ES5 prototype chains (megamorphic inherited calls)"),
    Benchmark("protoclass", 12, 4, "Prototype.js-style ray tracer (Class.create, Object.extend)"),
    Benchmark("bigprogram", 1, 1, "5,000-line CPU emulator, assembler and compiler (first iteration: compile cost)"),
)


def select(names: list[str] | None) -> list[Benchmark]:
    """The benchmarks named (all when ``names`` is empty), in suite order."""
    if not names:
        return list(BENCHMARKS)
    known = {b.name: b for b in BENCHMARKS}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise SystemExit(f"unknown benchmark(s): {', '.join(unknown)}; "
                         f"known: {', '.join(known)}")
    return [b for b in BENCHMARKS if b.name in names]
