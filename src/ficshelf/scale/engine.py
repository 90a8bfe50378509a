"""The Dask side of a batch: a client on a cluster of ``distributed`` worker processes.

Dask is an optional extra (``pip install 'ficshelf[scale]'``): it is imported here, when a
batch starts, never when ``ficshelf`` is imported, and its absence is a ``ConfigError`` that
says how to install it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING

from ficshelf.errors import ConfigError, FicshelfError
from ficshelf.scale.interrupts import cluster_starting

if TYPE_CHECKING:
    from distributed import Client

INSTALL_HINT = "pip install 'ficshelf[scale]' (Dask and dask.distributed)"
CONNECT_TIMEOUT = "10s"
WORKER_TIMEOUT = 60
"""Seconds a batch on an existing cluster waits for its first worker."""
WORKER_SETUP = "ficshelf.scale.worker_setup"
LOCAL_HTTP = "127.0.0.1:0"
"""Where a local cluster's scheduler serves its HTTP pages (the dashboard, or Dask's plain
pages of workers, hosts and folders without bokeh): this machine only, any free port.
Dask starts that server whatever it is told, and on every interface for ``:0``."""
SCHEDULER_SCHEMES = ("tcp", "tls", "ws", "wss", "ucx")
"""The schemes of a scheduler address (``dask scheduler`` prints ``tcp://HOST:PORT``)."""


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


def check_scheduler_address(address: str) -> None:
    """Raise ``ConfigError`` naming ``address`` and the problem when it cannot be a Dask
    scheduler's address (``tcp://HOST:PORT``): another scheme (``http://`` is the
    dashboard's), or no host and port. Checked before Dask is asked to connect, which
    would print a traceback and hang for 20 s on such an address."""
    scheme, _, location = address.rpartition("://")
    scheme = scheme.lower() or "tcp"
    if scheme in ("http", "https"):
        raise ConfigError(
            f"--scheduler {address} is a web address (the Dask dashboard's?), not the"
            " scheduler's: give the address `dask scheduler` prints, tcp://HOST:8786"
        )
    if scheme not in SCHEDULER_SCHEMES:
        raise ConfigError(
            f"--scheduler {address}: unknown scheme {scheme!r}; a Dask scheduler's address"
            f" is tcp://HOST:PORT (or {', '.join(SCHEDULER_SCHEMES[1:])})"
        )
    host, _, port = location.rpartition(":")
    if not host.strip("[]") or not port.isdigit() or "/" in location:
        raise ConfigError(
            f"--scheduler {address}: not HOST:PORT; a Dask scheduler's address is"
            " tcp://HOST:PORT (tcp://HOST:8786 by default)"
        )


@contextmanager
def dask_client(workers: int, scheduler: str | None = None) -> Iterator[Client]:
    """Yield a Dask client: on the cluster whose scheduler listens at ``scheduler``
    (``tcp://HOST:PORT``), or on a ``LocalCluster`` of ``workers`` worker processes of one
    thread each, started here and stopped on leaving (Ctrl-C included).

    A local cluster's HTTP pages listen on 127.0.0.1 only (``LOCAL_HTTP``).

    Raises ``ConfigError`` when Dask is not installed, ``workers`` is below 1 or
    ``scheduler`` is no scheduler address (``check_scheduler_address``), and
    ``FicshelfError`` when the scheduler cannot be reached or no worker joins it within
    ``WORKER_TIMEOUT`` seconds.
    """
    require_dask()
    from distributed import Client, LocalCluster

    if scheduler is not None:
        check_scheduler_address(scheduler)
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
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
    with ExitStack() as stack:
        with cluster_starting():  # a Ctrl-C meanwhile stops the batch once it is up
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    scheduler_kwargs={"dashboard_address": LOCAL_HTTP},
                    silence_logs=logging.ERROR,
                    preload=[WORKER_SETUP],
                )
            )
        yield stack.enter_context(Client(cluster, set_as_default=False))
