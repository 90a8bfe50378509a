"""Cutting a batch into partitions: the unit of work one Dask task analyses.

A Dask task costs a few milliseconds to schedule and ship, and a worker process pays the
pipeline's start-up (its tables, compiled patterns) once, on its first story; a story takes
tens to hundreds of milliseconds. So a partition holds up to ``PARTITION_FILES`` files (or
``PARTITION_BYTES`` of them, past its first file), which amortises the per-task cost, but no
more than ``files / (workers × PARTITIONS_PER_WORKER)`` so that a small batch still keeps
every worker busy and a slow file does not hold the last worker long alone. Sizes come from
the listing, so nothing is read to plan.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ficshelf.ingest.archive import InputFile

PARTITION_FILES = 16
PARTITION_BYTES = 4 << 20
PARTITIONS_PER_WORKER = 4


def partition_size(files: int, workers: int) -> int:
    """Return how many files a partition of a batch of ``files`` holds at most, with
    ``workers`` workers: at least 1, at most ``PARTITION_FILES``."""
    share = math.ceil(files / (max(1, workers) * PARTITIONS_PER_WORKER))
    return max(1, min(PARTITION_FILES, share))


def plan_partitions(files: Sequence[InputFile], workers: int) -> list[list[InputFile]]:
    """Return ``files`` cut into consecutive partitions (their order kept), each of at most
    ``partition_size`` files and, past its first file, ``PARTITION_BYTES`` bytes."""
    size = partition_size(len(files), workers)
    partitions: list[list[InputFile]] = []
    current: list[InputFile] = []
    held = 0
    for item in files:
        if current and (len(current) >= size or held + item.size > PARTITION_BYTES):
            partitions.append(current)
            current, held = [], 0
        current.append(item)
        held += item.size
    if current:
        partitions.append(current)
    return partitions
