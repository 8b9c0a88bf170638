"""The parse worker's process class: a `forkserver` child that does not re-run the main module.

A `spawn` or `forkserver` child normally imports the parent's main module (as `__mp_main__`)
before it runs its target, so that functions defined in a script can be unpickled there. A parse
worker's target is `parsers.sandbox_worker.worker_main`, never the main module, and the main
module is expensive: for the `cpc-triage` command it is the console script, whose import pulls
in the settings, the desk, SQLAlchemy and spaCy — about 1.3 s of processor time and 65 MB of
memory in every worker, paid again each time a worker is replaced (every 200 jobs, and after a
timeout). Under pytest it is pytest itself.

`WorkerProcess` is CPython's own `ForkServerProcess`, with the launch step seeing a
`multiprocessing.spawn` whose preparation data names no main module. The launch code itself is
CPython's (`popen_forkserver.Popen._launch`, re-bound to that view), so a later Python that
launches differently still works; at worst it imports the main module again, which costs time
and memory but nothing else.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from multiprocessing import popen_forkserver, spawn
from multiprocessing.context import ForkServerProcess
from multiprocessing.process import BaseProcess
from typing import Any

#: The keys of `spawn.get_preparation_data` that make the child import the main module.
_MAIN_KEYS = ("init_main_from_path", "init_main_from_name")


class _SpawnWithoutMain:
    """`multiprocessing.spawn`, except that the preparation data names no main module."""

    def __getattr__(self, name: str) -> Any:
        return getattr(spawn, name)

    @staticmethod
    def get_preparation_data(name: str) -> dict[str, Any]:
        data: dict[str, Any] = spawn.get_preparation_data(name)
        for key in _MAIN_KEYS:
            data.pop(key, None)
        return data


def _launch_without_main() -> Callable[..., None]:
    launch: Any = getattr(popen_forkserver.Popen, "_launch")  # noqa: B009 -- a private method
    namespace = {**vars(popen_forkserver), "spawn": _SpawnWithoutMain()}
    function: Callable[..., None] = types.FunctionType(
        launch.__code__, namespace, launch.__name__, launch.__defaults__, launch.__closure__
    )
    return function


class _WorkerPopen(popen_forkserver.Popen):
    _launch = _launch_without_main()


class WorkerProcess(ForkServerProcess):
    """A fork-server child that runs its target without importing the parent's main module."""

    @staticmethod
    def _Popen(process_obj: BaseProcess) -> popen_forkserver.Popen:  # CPython's name
        return _WorkerPopen(process_obj)
