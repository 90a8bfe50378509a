"""Set up a worker process of a local cluster (a Dask preload, run as it starts): it ignores
Ctrl-C, which a terminal sends to every process of the command, so that only the batch's
own process acts on it and closes the cluster cleanly, as ``ficshelf import``'s workers do.
"""

from __future__ import annotations

import signal
import threading


def dask_setup(worker: object) -> None:
    """Ignore SIGINT in this worker process (Dask calls this with the worker)."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
