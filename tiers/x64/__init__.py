"""Tier 2's x86-64 backend: optimized IR -> LLVM IR (lower.py) -> native code through llvmlite
(jit.py), over CPython's object layout (layout.py); backend.py drives it."""
