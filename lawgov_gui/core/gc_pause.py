"""The cyclic garbage collector paused while a report is decoded, built or written.

Building a big report allocates about a million small objects (figures, their tuples and
strings) that all stay alive; the collector would traverse the growing heap again and again
(a sixth of the time of a 10 MB extract) to find nothing: the pipeline makes no reference
cycles. While a file is decoded (OCR above all) a full collection on the load thread would
traverse the window's objects too, holding the GIL for 40–70 ms while the window waits. `paused()` turns it off for the block and back on after the outermost one, so two
threads that build reports at once never leave it off.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def paused() -> Iterator[None]:
    """Run the block with the collector off (as it was again once the last block ends)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
