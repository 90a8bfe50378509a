"""What the ``ficshelf`` commands share about the library: the ``--db`` option, opening
the database (a command that only reads or edits never creates one), what to say about an
empty one, and the two kinds of failure the command group turns into exit codes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click
from sqlalchemy import Connection

from ficshelf.errors import MissingDatabase, NotFound
from ficshelf.store.browse import has_works
from ficshelf.store.db import Database, display_url, open_database
from ficshelf.store.work_lookup import find_work
from ficshelf.store.work_views import WorkDetail

F = TypeVar("F", bound=Callable[..., Any])
DEMO_DB = "ficshelf-demo.db"


def db_option(func: F) -> F:
    """Add the shared ``--db`` option (also read from ``FICSHELF_DB``)."""
    return click.option(
        "--db",
        "db_url",
        envvar="FICSHELF_DB",
        show_envvar=True,
        default=None,
        metavar="URL",
        help="Database: sqlite:///FILE (default ./ficshelf.db) or"
        " postgresql://USER[:PASSWORD]@HOST[:PORT]/DB (an existing database: createdb DB).",
    )(func)


def open_library(db_url: str | None) -> Database:
    """Open (creating a SQLite file that is not there yet) the library of ``db_url``."""
    return open_database(db_url)


POINT_AT = (
    f"point --db or FICSHELF_DB at one (the demo's: --db sqlite:///{DEMO_DB}, which"
    " `make demo` and `ficshelf demo` fill)"
)


def open_existing(db_url: str | None) -> Database:
    """Open the database a command only reads (or edits): a SQLite file that is not there
    is an error, not a new empty library."""
    try:
        return open_database(db_url, create=False)
    except MissingDatabase as exc:
        raise BadConfiguration(
            f"{exc}: import stories first (ficshelf import PATH), or {POINT_AT}"
        ) from exc


def named_work(conn: Connection, work: str, db_url: str | None) -> WorkDetail:
    """Return the work ``work`` names (``store.work_lookup.find_work``). Raises
    ``NotFound`` when none does, saying so when the library holds no works at all."""
    detail = find_work(conn, work)
    if detail is None:
        empty = "" if has_works(conn) else f"; {empty_library(db_url)}"
        raise NotFound(f"no work matches {work!r}{empty}")
    return detail


def empty_library(db_url: str | None) -> str:
    """What to say when the database a command read holds no works at all."""
    return (
        f"the database {display_url(db_url)} holds no works: import stories"
        f" (ficshelf import PATH), or {POINT_AT}"
    )


class OperationFailed(click.ClickException):
    """An operation that failed: exit status 1."""

    exit_code = 1


class BadConfiguration(click.ClickException):
    """Bad usage or configuration: exit status 2."""

    exit_code = 2
