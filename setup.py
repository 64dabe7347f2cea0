"""Packaging: the internals (engine/, tiers/, tools/) install inside the ``pyjs`` package.

The repository keeps its layout; a wheel holds ``pyjs/``, ``pyjs/engine/``, ``pyjs/tiers/`` and
``pyjs/tools/`` and no other top-level import name (tests/test_packaging.py checks it).
"""
from setuptools import find_packages, setup

PARTS = ("engine", "tiers", "tools")
packages = ["pyjs"] + [f"pyjs.{part}{'.' + sub if sub else ''}" for part in PARTS
                       for sub in ["", *find_packages(part)]]
setup(
    packages=packages,
    package_dir={"pyjs": "pyjs", **{f"pyjs.{part}": part for part in PARTS}},
    package_data={"pyjs.tools.octane": ["*.js"], "pyjs.tools.fuzz": ["*.js"]},
)
