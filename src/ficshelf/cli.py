"""The ``ficshelf`` command line: a thin layer over the library.

The group is here; its commands live beside it by what they do: ``cli_import`` (import,
demo, reanalyze), ``cli_serve`` (serve and its options), ``cli_library`` (show, search,
tag, reconcile), ``cli_research`` (analyze, eval), ``cli_batch`` (batch), ``cli_copy``
(copy), ``cli_export`` (export), ``cli_remove`` (remove: works for good) and
``cli_users`` (user: readers' accounts), ``cli_series`` (series: a person's placing of
a work in a series);
``cli_database`` holds what they share (the ``--db`` option, opening the library).

Errors from the library are turned into messages and exit codes in one place (``_Group``):
1 for an operation that failed, 2 for bad usage or configuration (a title that names several
works included: nothing is done with any of them; a bad account name or password too).
"""

from __future__ import annotations

from typing import Any

import click
from sqlalchemy.exc import SQLAlchemyError

from ficshelf import __version__
from ficshelf.cli_batch import batch
from ficshelf.cli_copy import copy_cmd
from ficshelf.cli_database import BadConfiguration, OperationFailed
from ficshelf.cli_export import export_cmd
from ficshelf.cli_import import demo, import_cmd, reanalyze
from ficshelf.cli_interrupt import database_lost
from ficshelf.cli_library import reconcile, search_cmd, show, tag
from ficshelf.cli_remove import remove_cmd
from ficshelf.cli_research import analyze, eval_cmd
from ficshelf.cli_series import series_cmd
from ficshelf.cli_serve import serve
from ficshelf.cli_users import user_group
from ficshelf.errors import AmbiguousWork, ConfigError, FicshelfError, InvalidInput
from ficshelf.store.lost_connection import lost_connection


class _Group(click.Group):
    """Maps library errors to messages and exit codes, in this one place."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (ConfigError, AmbiguousWork, InvalidInput) as exc:
            raise BadConfiguration(str(exc)) from exc
        except FicshelfError as exc:
            raise OperationFailed(str(exc)) from exc
        except SQLAlchemyError as exc:
            reason = lost_connection(exc)
            if reason is not None:
                raise OperationFailed(database_lost(reason)) from exc
            raise OperationFailed(f"database error: {exc}") from exc


@click.group(
    cls=_Group,
    epilog="Example:\n\n\b\n  ficshelf import ~/fics/ && ficshelf serve\n\n"
    "Every command takes --help, with an example.",
)
@click.version_option(__version__, prog_name="ficshelf")
def cli() -> None:
    """ficshelf: a self-hosted fan-fiction archive that reads its own stories."""


for command in (
    analyze,
    batch,
    copy_cmd,
    demo,
    eval_cmd,
    export_cmd,
    import_cmd,
    reanalyze,
    reconcile,
    remove_cmd,
    search_cmd,
    series_cmd,
    serve,
    show,
    tag,
    user_group,
):
    cli.add_command(command)


def main() -> None:
    """Run the CLI (the ``ficshelf`` console script)."""
    cli(prog_name="ficshelf")
