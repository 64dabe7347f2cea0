"""``python -m pyjs``: the shell, as the ``pyjs`` command."""
from pyjs.engine.cli import main

raise SystemExit(main())
