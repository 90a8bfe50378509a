"""Set up a worker process of a local cluster (a Dask preload, run as it starts): it ignores
Ctrl-C, which a terminal sends to every process of the command, so that only the batch's
own process acts on it and closes the cluster cleanly, as ``ficshelf import``'s workers do;
and it does not log the heartbeat that fails because that process closed the scheduler
first (a traceback after every Ctrl-C on a busy machine, about nothing that went wrong).
"""

from __future__ import annotations

import logging
import signal
import threading

CLOSING_HEARTBEAT = "Failed to communicate with scheduler during heartbeat"


def _not_a_closing_heartbeat(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith(CLOSING_HEARTBEAT)


def dask_setup(worker: object) -> None:
    """Ignore SIGINT in this worker process and drop the failed heartbeat's log (Dask calls
    this with the worker)."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.getLogger("distributed.worker").addFilter(_not_a_closing_heartbeat)
