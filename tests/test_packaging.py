"""Packaging: the wheel installs only the ``pyjs`` import name (the internals inside it), and no
module imports the internals under their repository names (which would load a second copy of
the engine)."""
from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INTERNAL = {"engine", "tiers", "tools"}


def test_wheel_has_only_the_pyjs_package(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                           "--no-index", "-q", "-w", str(tmp_path), str(ROOT)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    wheel, = tmp_path.glob("pyjs-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/")[0] for n in names}
    assert {t for t in top if not t.endswith(".dist-info")} == {"pyjs"}
    for required in ("pyjs/__init__.py", "pyjs/context.py", "pyjs/engine/api.py", "pyjs/engine/runtime/memory.py",
                     "pyjs/tiers/baseline/__init__.py", "pyjs/tools/bench/boundary.py"):
        assert required in names, required


def _internal_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] in INTERNAL]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] in INTERNAL:
                found.append(node.module)
    return found


def test_no_module_imports_the_internals_by_their_repository_names() -> None:
    offenders = {}
    for part in ("engine", "tiers", "tools", "pyjs", "tests"):
        for path in (ROOT / part).rglob("*.py"):
            bad = _internal_imports(path)
            if bad:
                offenders[str(path.relative_to(ROOT))] = bad
    assert offenders == {}
