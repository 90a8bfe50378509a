"""Ctrl-C in a long command (import, reanalyze, batch): before its work begins, while it
opens the database or lists its files (``ctrl_c_before_start``), and later, with what was
saved (``ctrl_c_stops``; batch, whose tables decide what "saved" means, has its own). Every
one exits with status 130 and one line on stderr, never click's "Aborted!" and status 1.

A database that goes away during an import or a re-analysis (the server stopped, the
connection cut) stops it the same way (``lost_database_stops``): one line naming the problem
and what was saved, status 1, instead of the failed statement."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from tqdm import tqdm

from ficshelf.store.lost_connection import lost_connection

NOTHING_IMPORTED = (
    "Interrupted before the import began: nothing was imported. Run the same import again."
)
NOTHING_REANALYSED = (
    "Interrupted before the re-analysis began: no work was re-analysed. Run it again."
)


def nothing_analysed(out: Path) -> str:
    """The message of a batch stopped before it began: nothing was written to ``out``."""
    return (
        f"Interrupted before the batch began: no file was analysed and nothing was written "
        f"to {out}. Run the same command again."
    )


@contextmanager
def ctrl_c_before_start(message: str) -> Iterator[None]:
    """Run the body (a command's start); on Ctrl-C print ``message`` on stderr and exit with
    status 130, as a Ctrl-C later in the command does."""
    try:
        yield
    except KeyboardInterrupt:
        click.echo(message, err=True)
        sys.exit(130)


@contextmanager
def ctrl_c_stops(bar: tqdm[Any], message: Callable[[], str]) -> Iterator[None]:
    """Run the body (a command's work); on Ctrl-C close the progress ``bar``, print
    ``message()`` (what was committed) on stderr and exit with status 130."""
    try:
        yield
    except KeyboardInterrupt:
        bar.close()
        click.echo(message(), err=True)
        sys.exit(130)


def database_lost(reason: str) -> str:
    """The problem, for a message: the connection was lost or refused, and why (with how
    to create the database when the server says there is none of that name)."""
    problem = f"the connection to the database was lost or refused ({reason})"
    if re.search(r'database ".*" does not exist', reason):
        problem += "; ficshelf creates its tables, not the database: create it first (createdb)"
    return problem


@contextmanager
def lost_database_stops(bar: tqdm[Any], message: Callable[[str], str]) -> Iterator[None]:
    """Run the body (a command's work); when the connection to the database is lost or
    refused (``store.lost_connection``), close the progress ``bar``, print "Error: " and
    ``message(reason)`` (the problem and what was committed) on stderr and exit with status
    1. Any other database error goes on up."""
    try:
        yield
    except Exception as exc:
        reason = lost_connection(exc)
        if reason is None:
            raise
        bar.close()
        click.echo(f"Error: {message(reason)}", err=True)
        sys.exit(1)
