"""The commands that fill the library: ``import`` (story files, folders, zips), ``demo``
(the sample corpus, then served) and ``reanalyze`` (stored works analysed again), with
their progress bars, summaries and Ctrl-C handling."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from sqlalchemy import Connection

from ficshelf.cli_database import DEMO_DB, db_option, open_existing, open_library
from ficshelf.cli_interrupt import (
    NOTHING_IMPORTED,
    NOTHING_REANALYSED,
    ctrl_c_before_start,
    ctrl_c_stops,
    database_lost,
    lost_database_stops,
)
from ficshelf.cli_limits import limit_options, limits_of
from ficshelf.cli_progress import progress_bar
from ficshelf.cli_serve import run_server
from ficshelf.counted_words import counted, skipped_by_reason
from ficshelf.errors import ConfigError, NotFound
from ficshelf.importer import (
    ImportEvent,
    ImportStatus,
    ImportSummary,
    collect_inputs,
    import_inputs,
)
from ficshelf.store.db import Database
from ficshelf.store.work_lookup import find_work
from ficshelf.web.hosting import Hosting


def _print_summary(summary: ImportSummary) -> None:
    parts = [
        f"{summary.counts[s]:,} {s.value}"
        for s in (
            ImportStatus.IMPORTED,
            ImportStatus.UPDATED,
            ImportStatus.UNCHANGED,
            ImportStatus.DUPLICATE,
            ImportStatus.REJECTED,
            ImportStatus.SKIPPED,
        )
    ]
    click.echo(", ".join(parts))
    skipped = skipped_by_reason(summary.skipped)
    if skipped:
        click.echo(skipped)
    for event in summary.rejected:
        click.echo(f"rejected: {event.path}: {event.reason}", err=True)


def _left_copy(event: ImportEvent) -> str:
    """The line that says a copy of a work changed and left it: "note: /f/a.txt was a copy
    of work 2 (owned by /f/b.txt); it changed and is now work 8"."""
    assert event.left is not None
    owner = f"owned by {event.left.owner}" if event.left.owner else "no file owns it now"
    now = (
        f"is now work {event.work_id}"
        if event.status is ImportStatus.IMPORTED
        else f"is now a copy of work {event.work_id}"
    )
    return (
        f"note: {event.path} was a copy of work {event.left.work_id} ({owner}); it changed"
        f" and {now} (work {event.left.work_id} keeps its version and your edits)"
    )


def _import_saved(done: ImportSummary, total: int, when: str = "") -> str:
    saved = done.counts[ImportStatus.IMPORTED] + done.counts[ImportStatus.UPDATED]
    return (
        f"{done.total:,} of {total:,} files done ({saved:,} saved: "
        f"{done.counts[ImportStatus.IMPORTED]:,} imported, "
        f"{done.counts[ImportStatus.UPDATED]:,} updated); the library is consistent. Run the "
        f"same import again{when} to finish the other {total - done.total:,} (what was saved is "
        f"not analysed again)."
    )


def _import_interrupted(done: ImportSummary, total: int) -> str:
    return "Interrupted: " + _import_saved(done, total)


def _import_lost(done: ImportSummary, total: int, reason: str) -> str:
    return f"{database_lost(reason)}. " + _import_saved(done, total, " once the database is back")


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@db_option
@limit_options
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that analyse stories at once. [default: one per core]",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print one JSON object per file (rejected ones too) on stdout, and nothing else.",
)
def import_cmd(
    paths: tuple[str, ...],
    db_url: str | None,
    max_size: float,
    max_expanded: float,
    jobs: int | None,
    as_json: bool,
) -> None:
    """Import story files, folders (recursively) and .zip archives.

    Reads plain text (.txt, .md in UTF-8, UTF-16 or Windows-1252), AO3 HTML downloads,
    saved web pages (.html) and EPUB. Importing the same files again changes nothing; a
    changed file updates its work and keeps the tags a person edited. Stories are analysed
    by --jobs processes and saved in batches; an interrupted import leaves every saved
    story whole, and running it again completes it.

    \b
    Example:
      ficshelf import ~/Downloads/fics/ archive.zip story.txt
      ficshelf import --jobs 4 ~/fandom-archive/
    """
    limits = limits_of(max_size, max_expanded)
    with ctrl_c_before_start(NOTHING_IMPORTED):
        db = open_library(db_url)
        inputs = collect_inputs(paths, limits)
    done = ImportSummary()  # what was committed, for a message if Ctrl-C stops the import
    left: list[ImportEvent] = []  # changed copies that left the work they were copies of
    # --json is for scripts: its lines are the progress, and stderr stays for failures
    with progress_bar(len(inputs), shown=not as_json) as bar:

        def report(event: ImportEvent) -> None:
            done.add(event)
            bar.update(1)
            if event.left is not None:
                left.append(event)
            if as_json:
                click.echo(
                    json.dumps(
                        {
                            "path": event.path,
                            "status": event.status.value,
                            "work_id": event.work_id,
                            "reason": event.reason,
                            "copy_of": None
                            if event.left is None
                            else {"work_id": event.left.work_id, "owner": event.left.owner},
                        }
                    )
                )

        with (
            ctrl_c_stops(bar, lambda: _import_interrupted(done, len(inputs))),
            lost_database_stops(bar, lambda reason: _import_lost(done, len(inputs), reason)),
        ):
            summary = import_inputs(db, inputs, report, limits, jobs=jobs)
    db.close()
    if not as_json:
        _print_summary(summary)
        for event in left:
            click.echo(_left_copy(event))
    stored = summary.total - len(summary.rejected) - summary.counts[ImportStatus.SKIPPED]
    if summary.rejected and not stored:
        sys.exit(1)


def default_corpus() -> Path:
    """Return the bundled sample corpus: inside the installed package (a wheel carries it),
    else examples/corpus of the source checkout (an editable install)."""
    here = Path(__file__).resolve().parent
    packaged = here / "sample_corpus"
    return packaged if packaged.is_dir() else here.parents[1] / "examples" / "corpus"


@click.command()
@click.option(
    "--db",
    "db_url",
    default=f"sqlite:///{DEMO_DB}",
    show_default=True,
    metavar="URL",
    help="Database to create afresh (an existing SQLite file there is replaced).",
)
@click.option("--corpus", type=click.Path(file_okay=False, path_type=Path), default=None)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--no-serve", is_flag=True, help="Import only; do not start the server.")
def demo(db_url: str, corpus: Path | None, host: str, port: int, no_serve: bool) -> None:
    """Import the bundled sample corpus into a fresh database and serve it, with
    sign-ups open (anyone at the address can make an account to try kudos, comments and
    bookmarks).

    \b
    Example:
      ficshelf demo --port 8000
    """
    corpus = corpus or default_corpus()
    if not corpus.is_dir():
        raise ConfigError(f"sample corpus not found at {corpus}; pass --corpus DIR")
    if db_url.startswith("sqlite:///"):
        file = Path(db_url.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm"):
            file.with_name(file.name + suffix).unlink(missing_ok=True)
    db = open_library(db_url)
    inputs = collect_inputs([corpus])
    with progress_bar(len(inputs)) as bar:
        summary = import_inputs(db, inputs, lambda _event: bar.update())
    _print_summary(summary)
    if not no_serve:
        run_server(db, Hosting(host, port), signup="open")  # try accounts out at once


@click.command()
@click.argument("works", nargs=-1, metavar="[WORK]...")
@click.option("--all", "every", is_flag=True, help="Re-analyse every work in the library.")
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that analyse stories at once. [default: one per core]",
)
@db_option
def reanalyze(works: tuple[str, ...], every: bool, jobs: int | None, db_url: str | None) -> None:
    """Analyse stored works again with this version's pipeline (after an upgrade): WORK is
    an id or (part of) a title, as `show` takes it, or --all for every work. Inferred tags,
    characters, speakers and notes are replaced; the file's tags and every person's edit
    are kept. Prints each work whose tags changed (+added, -removed), then the counts. A
    plain-text work is analysed from its stored text; an HTML or EPUB work from its file,
    skipped (with the reason) when the file is gone or changed. Then the series it linked
    to their AO3 pages (a library from before series kept them), renamed, made or emptied.
    Saved in batches, like an import: Ctrl-C leaves every saved work whole.

    \b
    Example:
      ficshelf reanalyze --all
      ficshelf reanalyze 12 "The Pony Who" --jobs 2
    """
    from ficshelf.reanalysis import series_change_lines, summary_lines
    from ficshelf.store.series_reads import series_links
    from ficshelf.store.stored_texts import all_work_ids

    if every == bool(works):
        raise click.UsageError("name the works to re-analyse, or pass --all (not both).")
    with ctrl_c_before_start(NOTHING_REANALYSED):
        db = open_existing(db_url)
    try:
        with ctrl_c_before_start(NOTHING_REANALYSED), db.connect() as conn:
            ids = all_work_ids(conn) if every else [_work_id(conn, work) for work in works]
            before = series_links(conn)
        summary = _reanalyze_showing_progress(db, list(dict.fromkeys(ids)), jobs)
        with db.connect() as conn:
            after = series_links(conn)
    finally:
        db.close()
    for line in summary_lines(summary) + series_change_lines(before, after):
        click.echo(line)


def _reanalyze_showing_progress(db: Database, ids: list[int], jobs: int | None) -> ImportSummary:
    """Re-analyse works ``ids`` under a progress bar, printing each work whose tags changed
    and each skipped or rejected one; exits with status 130 on Ctrl-C."""
    from ficshelf.reanalysis import reanalyze_works

    done = ImportSummary()
    with progress_bar(len(ids), unit="work") as bar:

        def report(event: ImportEvent) -> None:
            done.add(event)
            bar.update(1)
            if event.changes:
                bar.write(f"{event.path}: {' '.join(event.changes)}")
            elif event.status in (ImportStatus.REJECTED, ImportStatus.SKIPPED):
                why = event.detail or event.reason
                bar.write(f"{event.status.value}: {event.path}: {why}", file=sys.stderr)

        def stopped() -> str:
            return (
                f"Interrupted after {done.total:,} of {counted(len(ids), 'work')}; each one"
                " re-analysed is saved and the library is consistent. Run it again to"
                " re-analyse the rest."
            )

        def lost(reason: str) -> str:
            return (
                f"{database_lost(reason)}. {done.total:,} of {counted(len(ids), 'work')} done; each"
                " one re-analysed is saved and the library is consistent. Run it again once"
                " the database is back to re-analyse the rest."
            )

        with ctrl_c_stops(bar, stopped), lost_database_stops(bar, lost):
            return reanalyze_works(db, ids, report, jobs=jobs)


def _work_id(conn: Connection, work: str) -> int:
    """The id of the work ``work`` names (as `show` reads it); raises ``NotFound``."""
    detail = find_work(conn, work)
    if detail is None:
        raise NotFound(f"no work matches {work!r}")
    return detail.id
