"""The garbage collector held back during bulk work.

Reading, checking and storing a hundred thousand rows creates millions of objects that live until the
work ends; the cyclic collector, triggered by the allocations, walks them again and again (a quarter
of the time of a large upload) and finds nothing to free: rows hold no cycles. While any bulk work
runs the collector waits; reference counting still frees everything as usual, and the collector
runs again as soon as the last bulk work ends. Safe with several threads (counted).
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

_lock = threading.Lock()
_holders = 0
_was_enabled = False

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def held_back() -> Iterator[None]:
    """No cyclic collection inside the block (nor in other threads while it runs)."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()


def bulk_work(function: Callable[P, R]) -> Callable[P, R]:
    """A function that runs with the collector held back."""

    @functools.wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with held_back():
            return function(*args, **kwargs)

    return run
