"""The Dask side of a batch: a client on a cluster of ``distributed`` worker processes.

Dask is an optional extra (``pip install 'ficshelf[scale]'``): it is imported here, when a
batch starts, never when ``ficshelf`` is imported, and its absence is a ``ConfigError`` that
says how to install it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ficshelf.errors import ConfigError, FicshelfError

if TYPE_CHECKING:
    from distributed import Client

INSTALL_HINT = "pip install 'ficshelf[scale]' (Dask and dask.distributed)"
CONNECT_TIMEOUT = "10s"
WORKER_TIMEOUT = 60
"""Seconds a batch on an existing cluster waits for its first worker."""
WORKER_SETUP = "ficshelf.scale.worker_setup"


def require_dask() -> None:
    """Raise ``ConfigError`` saying how to install the extra when Dask is missing."""
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise ConfigError(
            f"batch analysis runs on Dask, which is not installed ({exc.name} is missing):"
            f" {INSTALL_HINT}"
        ) from exc


@contextmanager
def dask_client(workers: int, scheduler: str | None = None) -> Iterator[Client]:
    """Yield a Dask client: on the cluster whose scheduler listens at ``scheduler``
    (``tcp://HOST:PORT``), or on a ``LocalCluster`` of ``workers`` worker processes of one
    thread each, started here and stopped on leaving (Ctrl-C included).

    Raises ``ConfigError`` when Dask is not installed or ``workers`` is below 1 and
    ``FicshelfError`` when the scheduler cannot be reached or no worker joins it within
    ``WORKER_TIMEOUT`` seconds.
    """
    require_dask()
    from distributed import Client, LocalCluster

    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise FicshelfError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        with client:
            try:
                client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
            except TimeoutError as exc:
                raise FicshelfError(
                    f"no Dask worker joined the scheduler at {scheduler} within"
                    f" {WORKER_TIMEOUT} s: start one with `dask worker {scheduler}`"
                ) from exc
            yield client
        return
    if workers < 1:
        raise ConfigError("a batch needs at least 1 worker")
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": ":0"},  # its HTTP server: any free port
            silence_logs=logging.ERROR,
            preload=[WORKER_SETUP],
        ) as cluster,
        Client(cluster, set_as_default=False) as client,
    ):
        yield client
