"""Test262 runner: ``python -m tools.test262`` (see docs/TEST262.md).

Modules: frontmatter (metadata), harness (discovery, includes, scenarios), features (what the
host cannot run), host ($262 and print), execute (one test in one scenario), pool (worker
processes and watchdog), runner (Python API), report, compare, expectations.
"""
