"""The options that bound what the commands reading story files accept (``import``,
``batch``): --max-size and --max-expanded, in MB, and the ``Limits`` they give."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import click

from ficshelf.ingest.archive import Limits
from ficshelf.ingest.limits import MIB

F = TypeVar("F", bound=Callable[..., object])


def limit_options(func: F) -> F:
    """Add --max-size and --max-expanded (MB, defaults from ``Limits``) to a command."""
    func = click.option(
        "--max-expanded",
        type=click.FloatRange(min=0.001),
        default=Limits().max_archive_bytes / MIB,
        show_default=True,
        help="Refuse zip archives that expand to more than this many MB.",
    )(func)
    return click.option(
        "--max-size",
        type=click.FloatRange(min=0.001),
        default=Limits().max_file_bytes / MIB,
        show_default=True,
        help="Refuse files larger than this many MB.",
    )(func)


def limits_of(max_size: float, max_expanded: float) -> Limits:
    """Return the ``Limits`` of the options' values (MB)."""
    return Limits(max_file_bytes=int(max_size * MIB), max_archive_bytes=int(max_expanded * MIB))
