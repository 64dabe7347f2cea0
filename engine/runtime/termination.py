"""How the host stops a script: an exception JS code cannot catch (no engine imports, so
that the lowest runtime modules can raise it)."""


class ScriptTerminated(Exception):
    """Not a JS exception: the host stopped the script (time limit, memory limit, quit())."""

    def __init__(self, reason: str, exit_code: int = 1) -> None:
        super().__init__(reason)
        self.reason = reason
        self.exit_code = exit_code
