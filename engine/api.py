"""Embedding API: a Context is one realm plus the host globals, ready to run scripts.

    ctx = Context(stdout=print)
    ctx.eval("console.log(1 + 2)", "x.js")
    ctx.run_jobs()
"""
from __future__ import annotations
# Implemented by the engine-core work; see docs/ARCHITECTURE.md.
