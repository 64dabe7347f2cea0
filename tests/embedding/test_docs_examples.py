"""The Python examples of docs/EMBEDDING.md (top to bottom, in one namespace) and of the
README run."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_examples(doc: Path) -> int:
    blocks = re.findall(r"```python\n(.*?)```", doc.read_text(encoding="utf-8"), re.S)
    namespace: dict = {"__name__": "examples"}
    for i, block in enumerate(blocks):
        exec(compile(block, f"{doc.name} example {i + 1}", "exec"), namespace)
    return len(blocks)


def test_embedding_examples_run() -> None:
    assert run_examples(ROOT / "docs" / "EMBEDDING.md") >= 8


def test_readme_example_runs() -> None:
    assert run_examples(ROOT / "README.md") == 1
