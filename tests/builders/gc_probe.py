"""What a piece of work leaves for the cyclic garbage collector (the release tests)."""

from __future__ import annotations

import gc
from collections.abc import Callable


def cyclic_garbage(action: Callable[[], object]) -> list[object]:
    """What `action` leaves unreachable that only the cyclic collector could free."""
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        action()
        gc.collect()
        return list(gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was_enabled:
            gc.enable()
