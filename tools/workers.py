"""Forked worker processes that serve requests over a pipe until they receive None: the
test262 runner's pool (tools/test262/pool.py) and the fuzzer's engines (tools/fuzz/engines.py)."""
from __future__ import annotations

import multiprocessing as mp
import resource
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, Callable


def start_worker(target: Callable[..., None], *args: Any) -> tuple[BaseProcess, Connection]:
    """Fork a daemon process running ``target(conn, *args)``; returns it and the parent's end
    of the pipe."""
    ctx = mp.get_context("fork")
    conn, child = ctx.Pipe()
    proc = ctx.Process(target=target, args=(child, *args), daemon=True)
    proc.start()
    child.close()
    return proc, conn


def stop_worker(proc: BaseProcess, conn: Connection, kill: bool = False) -> None:
    """Ask the worker to end (send None), or kill it; killed anyway if still alive after 5 s."""
    if not kill:
        try:
            conn.send(None)
        except OSError:
            kill = True
    if kill:
        proc.kill()
    proc.join(5)
    if proc.is_alive():
        proc.kill()
        proc.join()
    conn.close()


def limit_memory(address_space: int) -> None:
    """Cap this process's address space (where the platform allows it)."""
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (address_space, hard))
    except (ValueError, OSError):
        pass
