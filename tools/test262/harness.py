"""Test discovery, harness includes and run scenarios (test262 INTERPRETING.md).

A *suite* is a directory with ``harness/`` and ``test/`` (test262_subset/ or a test262
checkout). A *scenario* is one way to run a test: ``default`` (sloppy), ``strict`` or ``raw``
(``module`` tests get the ``module`` scenario).
"""
from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass
from pathlib import Path

from .frontmatter import TestMeta, parse_frontmatter

SUBSET_DIR = Path(__file__).resolve().parents[2] / "test262_subset"
DEFAULT_INCLUDES = ("assert.js", "sta.js")
ASYNC_INCLUDE = "doneprintHandle.js"
STRICT_PREFIX = '"use strict";\n'


@dataclass
class TestCase:
    """One test file: its id (path under test/), its source and metadata."""

    id: str
    path: str
    source: str
    meta: TestMeta


def select_scenarios(meta: TestMeta) -> list[str]:
    """The modes a test runs in: sloppy and strict unless its flags say otherwise."""
    if meta.has("raw"):
        return ["raw"]
    if meta.has("module"):
        return ["module"]
    if meta.has("onlyStrict"):
        return ["strict"]
    if meta.has("noStrict"):
        return ["default"]
    return ["default", "strict"]


def include_names(meta: TestMeta) -> list[str]:
    """The harness files evaluated before the test, in order (none for raw tests)."""
    if meta.has("raw"):
        return []
    names = list(DEFAULT_INCLUDES)
    if meta.has("async"):
        names.append(ASYNC_INCLUDE)
    for name in meta.includes:
        if name not in names:
            names.append(name)
    return names


class Harness:
    """Reads (and caches) the files of a suite's harness/ directory."""

    def __init__(self, harness_dir: str | os.PathLike) -> None:
        self.dir = Path(harness_dir)
        self._cache: dict[str, str] = {}

    def read(self, name: str) -> str:
        if name not in self._cache:
            path = self.dir / name
            if not path.is_file():
                raise FileNotFoundError(f"harness include not found: {name} (in {self.dir})")
            self._cache[name] = path.read_text(encoding="utf-8")
        return self._cache[name]

    def prelude(self, names: list[str]) -> str:
        """The concatenated source of the named harness files."""
        return "\n".join(self.read(name) for name in names)


def matches(test_id: str, patterns: list[str]) -> bool:
    for pat in patterns:
        pat = pat.rstrip("/")
        if fnmatch.fnmatchcase(test_id, pat) or test_id.startswith(pat + "/") or test_id == pat:
            return True
    return False


def discover(suite_dir: str | os.PathLike, patterns: list[str] | None = None,
             exclude: list[str] | None = None) -> list[str]:
    """Test ids (paths relative to ``suite_dir``/test, '/'-separated) matching the globs.

    A pattern is a glob over the id (``built-ins/Array/*``) or a directory prefix
    (``language/statements``); ``_FIXTURE`` files are never tests.
    """
    root = Path(suite_dir) / "test"
    ids = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root).replace(os.sep, "/")
        for name in sorted(filenames):
            if not name.endswith(".js") or "_FIXTURE" in name:
                continue
            test_id = name if rel == "." else f"{rel}/{name}"
            if patterns and not matches(test_id, patterns):
                continue
            if exclude and matches(test_id, exclude):
                continue
            ids.append(test_id)
    return ids


def load_test(suite_dir: str | os.PathLike, test_id: str) -> TestCase:
    path = Path(suite_dir) / "test" / test_id
    with open(path, encoding="utf-8", newline="") as fh:  # keep CR line terminators
        source = fh.read()
    meta = parse_frontmatter(source.replace("\r\n", "\n").replace("\r", "\n"))
    return TestCase(test_id, str(path), source, meta)
