"""Differential fuzzing: ``python -m tools.fuzz --seed N --minutes M`` (see docs/FUZZING.md).

Modules: gen (typed, terminating program generator), mutate (edits of the project's JS corpus),
engines (pyjs worker processes per tier with a watchdog, and a node worker), minimize (delta
debugging), harness (the loop, comparison and the saved findings).
"""
