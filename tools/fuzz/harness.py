"""The fuzz loop: make programs, run them everywhere, compare, minimize and save what fails.

Tier 0 (the first tier listed) is the reference for the other pyjs tiers, which must agree
exactly (stdout, and the uncaught error's name and message). node must agree on stdout and
the uncaught error's name (messages are each engine's own). A program that hits a clean limit
in any engine is not compared. Tracebacks, crashes and hangs are bugs wherever they happen.
"""
from __future__ import annotations

import random
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .engines import BUGS, HANG, LIMIT, Outcome, make_engines, run_all, tier2_backends
from .gen import generate
from .minimize import minimize
from .mutate import mutant



def default_tiers() -> list[str]:
    """Tier 0 (the reference), tier 1, tier 2 with each backend that exists, and the default
    tier-up policy with a low threshold."""
    return ["interp", "baseline", "opt", *(f"opt:{b}" for b in tier2_backends()), "auto:2"]

DIVERGENCE = "divergence"


@dataclass
class Finding:
    """One failure: its kind (traceback, crash, hang, divergence), the engine, and why."""

    kind: str
    engine: str
    detail: str
    source: str
    program: str   # "gen 12" or "mutant 7"

    def signature(self) -> str:
        """What two findings of one bug share: the innermost frame of a traceback; for a
        divergence, the words only one side has in the first line that differs (so that the
        minimizer keeps that difference, not another one it comes across)."""
        if self.kind == "traceback":
            frames = [ln.strip() for ln in self.detail.splitlines() if ln.strip().startswith("File ")]
            return f"{self.kind} {frames[-1] if frames else ''} {self.detail.strip().splitlines()[-1]}"
        if self.kind == DIVERGENCE:
            return f"{self.kind} {self.engine} {difference_words(self.detail)}"
        return f"{self.kind} {self.engine}"


def difference_words(detail: str) -> tuple[list[str], list[str]]:
    """The words of the reference's and the other engine's first differing output line (or,
    when those agree, of how each ended) that the other side lacks (``describe_divergence``)."""
    lines = detail.splitlines()[1:5]
    if len(lines) < 4:
        return [], []
    ref, other = (ln.split(": ", 1)[-1] for ln in lines[:2])  # "  engine: line"
    if ref == other:
        ref, other = (ln.strip().split(" ", 1)[-1] for ln in lines[2:])  # "  engine ended kind error"
    a, b = set(ref.split()), set(other.split())
    return sorted(a - b), sorted(b - a)


@dataclass
class Stats:
    """Counts per engine and per program kind."""

    programs: Counter = field(default_factory=Counter)                     # gen / mutant
    outcomes: dict[str, Counter] = field(default_factory=dict)             # engine -> kind -> n
    findings: list[Finding] = field(default_factory=list)
    not_compared: Counter = field(default_factory=Counter)                 # why -> n (node only)

    def add(self, engine: str, kind: str) -> None:
        self.outcomes.setdefault(engine, Counter())[kind] += 1

    def report(self) -> str:
        lines = [f"programs: {self.programs['gen']} generated, {self.programs['mutant']} mutants"]
        if self.not_compared:
            lines.append("not compared with node: " + ", ".join(f"{n} ({why})" for why, n in self.not_compared.items()))
        kinds = ["ok", "throw", "limit", "traceback", "crash", "hang", DIVERGENCE]
        lines.append(f"{'engine':<10}" + "".join(f"{k:>11}" for k in kinds))
        for engine, counts in self.outcomes.items():
            lines.append(f"{engine:<10}" + "".join(f"{counts[k]:>11}" for k in kinds))
        bugs = Counter(f.kind for f in self.findings)
        lines.append(f"findings: {len(self.findings)} ({', '.join(f'{k} {n}' for k, n in bugs.items()) or 'none'})")
        return "\n".join(lines)


STACK_LINE = re.compile(r"^ +at .*\n", re.M)


def differs(ref: Outcome, other: Outcome, exact: bool) -> bool:
    """Whether two outcomes disagree (``exact``: pyjs tiers, also on the error message and the
    stack lines a program prints; node's stack lines are its own)."""
    if ref.kind == LIMIT or other.kind == LIMIT:
        return False
    if ref.kind != other.kind:
        return True
    if exact:
        return ref.stdout != other.stdout or ref.error != other.error
    return (STACK_LINE.sub("", ref.stdout) != STACK_LINE.sub("", other.stdout)
            or ref.error_name() != other.error_name())


#: Syntax that node 20 does not parse (explicit resource management, `using x = ...`).
BEYOND_NODE = re.compile(r"\busing\s+[\w$]")
#: Node 20 has no Iterator global nor iterator helpers (ES2025), nor the iterator proposals pyjs
#: implements (join, chunks, windows, includes): what node says when a program uses them.
NODE_LACKS_ITERATOR_HELPERS = re.compile(
    r"\.(?:map|filter|take|drop|flatMap|reduce|toArray|forEach|some|every|find|join|chunks|windows"
    r"|includes) is not a function|Iterator is not defined")
#: The RangeError of both engines when the stack runs out: the depth where that happens, and
#: what still runs then (node's own promise-rejection tracking may fail), are each engine's own.
STACK_OVERFLOW = "Maximum call stack size exceeded"
#: node's console.log itself fails once a program deleted Array.prototype.push (util.inspect
#: calls ctx.seen.push); pyjs's console is out of the program's reach.
NODE_INSPECT_BROKEN = "ctx.seen.push is not a function"
#: ECMA-402 (2023) raised the fraction digits of Intl.NumberFormat from 20 to 100; node 20 (V8
#: 11.3) still rejects 21-100 with this RangeError; and a program may print only its name, so
#: a source that gives such an option a literal from 21 to 100 (or a list holding one) counts too.
NODE_FRACTION_DIGITS_LIMIT = re.compile(r"(?:minimum|maximum)FractionDigits value is out of range")
FRACTION_DIGITS_OVER_20 = re.compile(
    r"(?:minimum|maximum)FractionDigits['\"]?\s*:\s*(?:\[[^\]]*?)?\b(?:2[1-9]|[3-9]\d|100)\b(?!\.\d)")
#: How node's console.log shows the global object (`Object [global] {`, or with a null prototype
#: `[Object: null prototype] [global] {`): its properties are each host's own.
NODE_GLOBAL_OBJECT = re.compile(r"(?:Object|\[Object: null prototype\]) \[global\] \{")
#: An early error node 20 misses: assignment to an optional chain ending in a private name
#: (`this?.#x = v`) inside a function V8 compiles lazily runs instead of failing to parse.
NODE_MISSED_EARLY_ERROR = re.compile(r"\?\.#[\w$]+\s*(?:\*\*|<<|>>>?|&&|\|\||\?\?|[-+*/%&|^])?=(?!=)")


def incomparable_with_node(source: str, ref: Outcome, node: Outcome) -> str | None:
    """Why node's outcome cannot be compared, or None (docs/FUZZING.md): node rejected, as a
    SyntaxError, syntax node 20 lacks that the reference parsed; node ran (part of) a program
    with an early error it misses that the reference rejected; either engine ran out of
    stack (said so, or pyjs hit its depth limit: a caught overflow's depth can show in the output); node said it lacks an iterator helper, or rejected Intl fraction digits over 20
    (ECMA-402 2023 allows 100), where the reference did not; the program
    printed the global object, whose properties are each host's own; or node's console.log
    failed because the program deleted Array.prototype.push."""
    node_syntax, ref_syntax = (node.error or "").startswith("SyntaxError"), (ref.error or "").startswith("SyntaxError")
    if node_syntax and not ref_syntax and BEYOND_NODE.search(source) is not None:
        return "syntax node 20 lacks"
    if ref_syntax and (node.stdout or not node_syntax) and NODE_MISSED_EARLY_ERROR.search(source) is not None:
        return "an early error node misses"
    ref_text = ref.stdout + (ref.error or "")
    if ref.deep or STACK_OVERFLOW in ref_text or STACK_OVERFLOW in node.stdout + (node.error or ""):
        return "exhausts the stack"
    if any(m.group() not in ref_text for m in NODE_LACKS_ITERATOR_HELPERS.finditer(node.stdout + (node.error or ""))):
        return "iterator helpers node 20 lacks"
    if (any(m.group() not in ref_text for m in NODE_FRACTION_DIGITS_LIMIT.finditer(node.stdout + (node.error or "")))
            or FRACTION_DIGITS_OVER_20.search(source)):
        return "Intl fraction digits over 20, which node 20 rejects"
    if NODE_GLOBAL_OBJECT.search(node.stdout):
        return "prints the global object"
    if NODE_INSPECT_BROKEN in (node.error or "") + node.stdout:
        return "node's console broken by the program"
    return None


def check(results: dict[str, Outcome], reference: str, source: str = "") -> list[tuple[str, str, str]]:
    """(kind, engine, detail) for every bug and divergence in one program's results."""
    found = []
    ref = results[reference]
    if "node" in results and incomparable_with_node(source, ref, results["node"]):
        results = {k: v for k, v in results.items() if k != "node"}
    node_limited = "node" in results and results["node"].kind == LIMIT
    for name, out in results.items():
        if out.kind == HANG and node_limited:
            continue  # too big for node too: one built-in step on a huge value outran the limit
        if out.kind in BUGS:
            found.append((out.kind, name, out.error or ""))
        elif name != reference and ref.kind not in BUGS and differs(ref, out, exact=name != "node"):
            found.append((DIVERGENCE, name, describe_divergence(ref, out, reference, name)))
    return found


def describe_divergence(ref: Outcome, out: Outcome, ref_name: str, name: str) -> str:
    ref_lines, lines = ref.stdout.splitlines(), out.stdout.splitlines()
    i = next((k for k, (a, b) in enumerate(zip(ref_lines, lines)) if a != b), min(len(ref_lines), len(lines)))
    at = lambda ls: ls[i] if i < len(ls) else "<end of output>"  # noqa: E731
    return (f"first difference at output line {i + 1}:\n  {ref_name}: {at(ref_lines)[:300]}\n"
            f"  {name}: {at(lines)[:300]}\n  {ref_name} ended {ref.kind} {ref.error or ''}\n"
            f"  {name} ended {out.kind} {out.error or ''}")


class Fuzzer:
    """Runs programs in a fixed set of engines and keeps the statistics."""

    def __init__(self, tiers: list[str], time_limit: float = 5.0, node: bool = True,
                 out_dir: Path | None = None, minimize_seconds: float = 120.0,
                 log: Callable[[str], None] = print, jobs: int | None = None) -> None:
        self.tiers = tiers
        self.jobs = jobs
        self.engines = make_engines(tiers, time_limit, node)
        self.by_name = {e.name: e for e in self.engines}
        self.stats = Stats()
        self.out_dir = out_dir
        self.minimize_seconds = minimize_seconds
        self.seen: set[str] = set()
        self.log = log

    def close(self) -> None:
        for e in self.engines:
            e.close()

    def run_one(self, source: str, label: str, kind: str) -> list[Finding]:
        results = run_all(self.engines, source, self.jobs)
        self.stats.programs[kind] += 1
        for name, out in results.items():
            self.stats.add(name, out.kind)
        new = []
        why = "node" in results and incomparable_with_node(source, results[self.tiers[0]], results["node"])
        if why:
            self.stats.not_compared[why] += 1
        for fkind, engine, detail in check(results, self.tiers[0], source):
            self.stats.add(engine, DIVERGENCE) if fkind == DIVERGENCE else None
            finding = Finding(fkind, engine, detail, source, label)
            self.stats.findings.append(finding)
            new.append(finding)
        for finding in new:
            self.record(finding)
        return new

    def still_fails(self, finding: Finding) -> Callable[[str], bool]:
        """The minimizer's test: the same kind of failure in the same engine (a divergence must
        stay a divergence from a reference that did not fail to parse, if the original parsed)."""
        names = [self.tiers[0]] + ([finding.engine] if finding.engine != self.tiers[0] else [])
        engines = [self.by_name[n] for n in names]
        sig = finding.signature()
        parsed = "SyntaxError" not in (finding.detail or "")

        def test(source: str) -> bool:
            results = run_all(engines, source, self.jobs)
            ref = results[self.tiers[0]]
            if finding.kind == DIVERGENCE and parsed and (ref.error or "").startswith("SyntaxError"):
                return False
            return any(Finding(k, e, d, source, "").signature() == sig and (k != DIVERGENCE or e == finding.engine)
                       for k, e, d in check(results, self.tiers[0], source))
        return test

    def record(self, finding: Finding) -> None:
        sig = finding.signature()
        self.log(f"[{finding.program}] {finding.kind} in {finding.engine}: {finding.detail.strip().splitlines()[-1][:200] if finding.detail.strip() else ''}")
        if self.out_dir is None:
            return
        self.out_dir.mkdir(parents=True, exist_ok=True)
        stem = f"{finding.kind}-{finding.engine.replace(':', '')}-{finding.program.replace(' ', '')}"
        (self.out_dir / f"{stem}.js").write_text(finding.source, encoding="utf-8", errors="surrogatepass")
        if sig in self.seen or self.minimize_seconds <= 0 or finding.kind == HANG:
            return
        self.seen.add(sig)
        small = minimize(finding.source, self.still_fails(finding), self.minimize_seconds)
        results = {n: self.by_name[n].run(small) for n in dict.fromkeys([self.tiers[0], finding.engine])}
        header = "".join(f"// {ln}\n" for ln in
                         [f"{finding.kind} in {finding.engine} ({finding.program})", *finding.detail.splitlines()[-8:]]
                         + [f"{n}: {o.kind} {o.error or ''} | {o.stdout[-200:]!r}" for n, o in results.items()])
        (self.out_dir / f"{stem}.min.js").write_text(header + small, encoding="utf-8", errors="surrogatepass")
        self.log(f"  minimized to {len(small)} chars: {self.out_dir / (stem + '.min.js')}")


def run_fuzz(seed: int, minutes: float, tiers: list[str] | None = None, node: bool = True,
             mode: str = "both", count: int | None = None, time_limit: float = 5.0,
             out_dir: Path | None = None, minimize_seconds: float = 120.0,
             log: Callable[[str], None] = print, progress_every: int = 200,
             jobs: int | None = None) -> Stats:
    """Generated programs and mutants in turn (``mode``: gen, mutant or both) until ``minutes``
    pass or ``count`` programs ran, with at most ``jobs`` engines running at a time. Program i
    of seed s is the same in every run."""
    fz = Fuzzer(tiers or default_tiers(), time_limit, node, out_dir, minimize_seconds, log, jobs)
    end = time.monotonic() + minutes * 60
    i = 0
    try:
        while time.monotonic() < end and (count is None or i < count):
            rng = random.Random(f"{seed}-{i}")
            kind = mode if mode != "both" else ("gen" if i % 2 == 0 else "mutant")
            source = generate(rng.randrange(1 << 62)) if kind == "gen" else mutant(rng)
            fz.run_one(source, f"{kind} {seed}-{i}", kind)
            i += 1
            if progress_every and i % progress_every == 0:
                log(f"... {i} programs, {len(fz.stats.findings)} findings")
    finally:
        fz.close()
    return fz.stats


def engines_summary(stats: Stats) -> dict[str, Any]:
    return {name: dict(c) for name, c in stats.outcomes.items()}
