"""Fixtures of the batch tests: a Dask cluster of one worker process shared by the session
(starting one costs a second or two, and a worker's first story the pipeline's start-up).
The modules that run batches skip when the extra ficshelf[scale] is not installed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_inputs import write_corpus


@pytest.fixture(scope="session")
def scheduler() -> Iterator[str]:
    """The address of a LocalCluster started here (one worker process), for the tests that
    run a batch on an existing cluster."""
    import logging

    from distributed import LocalCluster

    with LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},  # its HTTP pages: any free port
        silence_logs=logging.ERROR,
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The batch corpus (``batch_inputs.write_corpus``)."""
    return write_corpus(tmp_path_factory.mktemp("batch") / "corpus")
