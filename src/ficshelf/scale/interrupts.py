"""Ctrl-C in a batch: held back while a story is written (``held_interrupts``), and kept
from the processes of a local cluster while it starts (``cluster_starting``).

A terminal sends Ctrl-C (SIGINT) to every process of the command. Only the batch's own
process should act on it: it writes whole rows and closes the cluster. A worker process
that got it while it started (before its preload, ``worker_setup``, ignores it) printed a
``KeyboardInterrupt`` traceback, and the cluster, closed with a worker still starting,
Dask's ``AssertionError: Status.init`` at exit.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


@contextmanager
def held_interrupts() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) back until the block ends, then act on it as usual; in a thread
    other than the main one (which receives no signals) this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[FrameType | None] = []

    def hold(_signum: int, frame: FrameType | None) -> None:
        caught.append(frame)

    previous = signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught and callable(previous):
            previous(signal.SIGINT, caught[0])


@contextmanager
def cluster_starting() -> Iterator[None]:
    """Start a local cluster in the body with Ctrl-C held back until it is up (then it acts
    as usual, and the cluster, whole, is closed cleanly), and blocked (``pthread_sigmask``)
    in the threads the body starts, so that the worker processes they start, which inherit
    the mask, never receive it. In a thread other than the main one this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    from multiprocessing import resource_tracker

    # multiprocessing unblocks SIGINT in the thread that starts its resource tracker: start
    # it now, so that the threads Dask starts keep the mask
    resource_tracker.ensure_running()
    with held_interrupts():
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            yield
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
