"""Ctrl-C during an import: raised where the import can stop, never lost.

Python raises ``KeyboardInterrupt`` wherever the main thread happens to be when SIGINT
comes. Raised inside SQLAlchemy's bookkeeping (a connection going back to its pool, a
transaction ending) it can leave the connection invalid for the next batch, or be swallowed
outright, and the import then ran on to its end (both seen with ``--jobs 2``, round fix44a).
``interrupts_at_safe_points()`` gives the import its own SIGINT handler for its length (in
the main thread, and only when Python's own handler is the one installed): SIGINT marks the
import interrupted and raises at once, unless the import is in a step it must finish
(``Interrupts.held()``: a lookup or a transaction, each short); ``Interrupts.check()`` raises
at the importer's safe points, after the events of what was committed were reported, so an
interrupt that came during a held step (or was swallowed) still stops the import there.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class Interrupts:
    """Whether SIGINT came during an import, and whether the import is in a step it must
    finish (``held``)."""

    def __init__(self) -> None:
        self.requested = False
        self._held = 0

    def on_sigint(self, signum: int, frame: FrameType | None) -> None:
        """The SIGINT handler: mark the import interrupted; raise ``KeyboardInterrupt`` unless
        in a held step."""
        self.requested = True
        if not self._held:
            raise KeyboardInterrupt

    def check(self) -> None:
        """Raise ``KeyboardInterrupt`` if SIGINT came since the import began."""
        if self.requested:
            raise KeyboardInterrupt

    @contextmanager
    def held(self) -> Iterator[None]:
        """Return a context in which SIGINT only marks the import interrupted (``check``
        raises it afterwards); never raises by itself."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1


@contextmanager
def interrupts_at_safe_points() -> Iterator[Interrupts]:
    """Return a context holding the ``Interrupts`` of one import, with its SIGINT handler
    installed when this is the main thread and Python's own handler is in place (elsewhere
    SIGINT is left as it was, and ``check`` never raises); the previous handler is restored
    on leaving."""
    interrupts = Interrupts()
    ours = (
        threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGINT) is signal.default_int_handler
    )
    if not ours:
        yield interrupts
        return
    previous = signal.signal(signal.SIGINT, interrupts.on_sigint)
    try:
        yield interrupts
    finally:
        signal.signal(signal.SIGINT, previous)
