"""Analysers for the worker-pool tests, importable by worker processes: one that reports
which process ran it, one that kills its process on a chosen file."""

from __future__ import annotations

import os

from ficshelf.ingest.workers import Outcome, Rejection, Task

FATAL = "fatal.txt"


def process_id(task: Task) -> Outcome:
    """A rejection whose reason is the id of the process that ran it."""
    return Rejection(str(os.getpid()))


def die_on_fatal(task: Task) -> Outcome:
    """Kill this process (as a crash in a C library would) on the file named ``FATAL``;
    otherwise a rejection naming the file."""
    if task.path.endswith(FATAL):
        os._exit(3)
    return Rejection(f"read {task.path}")
