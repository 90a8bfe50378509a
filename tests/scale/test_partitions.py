"""Partitions: enough files per Dask task to amortise its cost, and enough tasks to keep
every worker busy; consecutive, so the output order is the input order."""

from __future__ import annotations

import os
import signal

import pytest

from ficshelf.ingest.archive import InputFile
from ficshelf.scale.interrupts import held_interrupts
from ficshelf.scale.partitions import (
    PARTITION_BYTES,
    PARTITION_FILES,
    partition_size,
    plan_partitions,
)


def _files(count: int, size: int = 1000) -> list[InputFile]:
    return [InputFile(f"/in/{i:05d}.txt", size, lambda: b"") for i in range(count)]


def test_partition_size_grows_with_the_batch_up_to_its_cap() -> None:
    assert partition_size(0, 2) == 1
    assert partition_size(8, 2) == 1  # 8 partitions: 4 per worker
    assert partition_size(64, 2) == 8
    assert partition_size(1_000_000, 2) == PARTITION_FILES
    assert partition_size(100, 0) == partition_size(100, 1)


def test_partitions_keep_the_order_and_their_limits() -> None:
    files = _files(1000)
    parts = plan_partitions(files, 4)
    assert [f for part in parts for f in part] == files
    assert max(len(part) for part in parts) == PARTITION_FILES
    big = _files(5, size=PARTITION_BYTES // 2 + 1)
    assert [len(part) for part in plan_partitions(big, 1)] == [1, 1, 1, 1, 1]
    huge = _files(2, size=3 * PARTITION_BYTES)  # one file over the cap still gets a task
    assert [len(part) for part in plan_partitions(huge, 1)] == [1, 1]


def test_ctrl_c_is_held_back_until_the_block_ends() -> None:
    done = []
    with pytest.raises(KeyboardInterrupt):
        with held_interrupts():
            os.kill(os.getpid(), signal.SIGINT)
            done.append("after the signal")
    assert done == ["after the signal"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
