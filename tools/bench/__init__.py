"""The Octane-like benchmark suite runner: ``python -m tools.bench``.

Each program in tools/octane/ defines ``runIteration(size)``, which runs one
iteration and throws when its result is wrong.  The runner drives every program
the same way in every engine (pyjs at each tier, node, QuickJS, Js2Py), parses
``BENCH <name> ...`` lines from the engine's stdout, and reports first-iteration
and steady-state times, ratios and geometric means (see docs/BENCHMARKS.md).
"""
