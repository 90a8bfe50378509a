"""``ficshelf copy``: the whole library into an empty database (SQLite to PostgreSQL, and
any other way), for a host who outgrows SQLite or wants a copy elsewhere."""

from __future__ import annotations

import click

from ficshelf.cli_database import BadConfiguration, db_option, open_existing, open_library
from ficshelf.cli_interrupt import ctrl_c_stops
from ficshelf.cli_progress import progress_bar
from ficshelf.store.db import display_url, sqlite_file

NOTHING_COPIED = "Interrupted: nothing was copied, and the target database is as empty as it was."


@click.command("copy")
@click.argument("target", metavar="URL")
@click.option(
    "--live",
    is_flag=True,
    help="Carry the signed-in sessions and the recent failed log-ins too (readers stay"
    " signed in on the copy, a name locked out stays so).",
)
@db_option
def copy_cmd(target: str, live: bool, db_url: str | None) -> None:
    """Copy the whole library at --db into the empty database at URL: every work with its
    chapters, notes, sources and the date it was added, every tag with its provenance and
    evidence, a person's edits, the analysis and the "more like this" signatures, the
    readers' accounts with their kudos, comments, bookmarks and reading history and the
    session secret (a visitor's saved exclusions stay in the visitor's browser). Who is
    signed in and the failed log-ins of the last minutes stay behind (readers sign in
    again on the copy) unless --live carries them. The full-text index is rebuilt
    there. Either backend to either: move a SQLite library to PostgreSQL when it grows, or
    keep a copy. URL must hold no rows (a new SQLite file in an existing folder, or a
    database made with createdb). The copy is one transaction: if it fails or is stopped,
    the target stays empty. The source can be served meanwhile; the copy is of one moment
    of it.

    \b
    Example:
      ficshelf copy postgresql://archive@localhost/fics --db sqlite:///ficshelf.db
      ficshelf copy sqlite:///copy-of-library.db
      ficshelf copy postgresql://archive@localhost/fics --live
    """
    from ficshelf.store.library_copy import copied_tables, copy_library, table_rows

    if "://" not in target:
        raise BadConfiguration(
            f"the target {target!r} is no database URL: give sqlite:///FILE or"
            " postgresql://USER@HOST/DB"
        )
    file = sqlite_file(target)
    if file is not None and not file.parent.is_dir():
        raise BadConfiguration(
            f"no folder {file.parent} for the target {file.name}: create it first"
        )
    if display_url(target) == display_url(db_url) or (
        file is not None and file == sqlite_file(db_url)
    ):
        raise BadConfiguration(f"the source and the target are the same database: {target}")
    source = open_existing(db_url)
    try:
        destination = open_library(target)
        try:
            with source.connect() as conn:
                rows = sum(table_rows(conn, copied_tables(live=live)).values())
            bar = progress_bar(rows, unit="row")
            with ctrl_c_stops(bar, lambda: NOTHING_COPIED), bar:
                done = copy_library(
                    source,
                    destination,
                    progress=bar.update,
                    indexing=lambda: bar.set_postfix_str("building the search index"),
                    live=live,
                )
        finally:
            destination.close()
    finally:
        source.close()
    click.echo(
        f"Copied {done.works:,} works ({done.total:,} rows in {len(done.rows)} tables) from"
        f" {display_url(db_url)} to {display_url(target)}; {done.indexed:,} works indexed"
        " for search."
        + ("" if live else " Readers sign in again there (--live carries the sessions).")
    )
