"""The ``ficshelf`` command line: a thin layer over the library.

Errors from the library are turned into messages and exit codes in one place (``_Group``):
1 for an operation that failed, 2 for bad usage or configuration (a title that names several
works included: nothing is done with any of them).
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from ficshelf import __version__
from ficshelf.cli_batch import batch
from ficshelf.cli_interrupt import (
    NOTHING_IMPORTED,
    NOTHING_REANALYSED,
    ctrl_c_before_start,
    ctrl_c_stops,
    database_lost,
    lost_database_stops,
)
from ficshelf.cli_limits import limit_options, limits_of
from ficshelf.cli_parsing import QueryCommand
from ficshelf.cli_progress import progress_bar as _progress_bar
from ficshelf.cli_research import analyze, eval_cmd
from ficshelf.counted_words import counted
from ficshelf.errors import (
    AmbiguousWork,
    ConfigError,
    FicshelfError,
    MissingDatabase,
    NotFound,
)
from ficshelf.importer import (
    ImportEvent,
    ImportStatus,
    ImportSummary,
    collect_inputs,
    import_inputs,
)
from ficshelf.jsonable import to_jsonable
from ficshelf.search_query import QueryError, TagRef, parse_tag_ref
from ficshelf.showing import search_lines, work_json, work_lines
from ficshelf.store.browse import has_works
from ficshelf.store.db import Database, display_url, open_database
from ficshelf.store.lost_connection import lost_connection
from ficshelf.store.search import SearchRequest, Sort, search
from ficshelf.store.work_lookup import find_work

F = TypeVar("F", bound=Callable[..., Any])
DEMO_DB = "ficshelf-demo.db"


def db_option(func: F) -> F:
    """Add the shared ``--db`` option (also read from ``FICSHELF_DB``)."""
    return click.option(
        "--db",
        "db_url",
        envvar="FICSHELF_DB",
        default=None,
        metavar="URL",
        help="Database: sqlite:///FILE (default ./ficshelf.db) or"
        " postgresql://USER[:PASSWORD]@HOST[:PORT]/DB (an existing database: createdb DB).",
    )(func)


def _open(db_url: str | None) -> Database:
    return open_database(db_url)


_POINT_AT = (
    f"point --db or FICSHELF_DB at one (the demo's: --db sqlite:///{DEMO_DB}, which"
    " `make demo` and `ficshelf demo` fill)"
)


def _open_existing(db_url: str | None) -> Database:
    """Open the database a command only reads (or edits): a SQLite file that is not there
    is an error, not a new empty library."""
    try:
        return open_database(db_url, create=False)
    except MissingDatabase as exc:
        raise _BadConfiguration(
            f"{exc}: import stories first (ficshelf import PATH), or {_POINT_AT}"
        ) from exc


def _empty_library(db_url: str | None) -> str:
    """What to say when the database a command read holds no works at all."""
    return (
        f"the database {display_url(db_url)} holds no works: import stories"
        f" (ficshelf import PATH), or {_POINT_AT}"
    )


class _OperationFailed(click.ClickException):
    exit_code = 1


class _BadConfiguration(click.ClickException):
    exit_code = 2


class _Group(click.Group):
    """Maps library errors to messages and exit codes, in this one place."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (ConfigError, AmbiguousWork) as exc:
            raise _BadConfiguration(str(exc)) from exc
        except FicshelfError as exc:
            raise _OperationFailed(str(exc)) from exc
        except SQLAlchemyError as exc:
            reason = lost_connection(exc)
            if reason is not None:
                raise _OperationFailed(database_lost(reason)) from exc
            raise _OperationFailed(f"database error: {exc}") from exc


@click.group(
    cls=_Group,
    epilog="Example:\n\n\b\n  ficshelf import ~/fics/ && ficshelf serve\n\n"
    "Every command takes --help, with an example.",
)
@click.version_option(__version__, prog_name="ficshelf")
def cli() -> None:
    """ficshelf: a self-hosted fan-fiction archive that reads its own stories."""


def _print_summary(summary: ImportSummary) -> None:
    parts = [
        f"{summary.counts[s]} {s.value}"
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
    if summary.skipped:
        reasons = "; ".join(f"{reason}: {n}" for reason, n in summary.skipped.most_common())
        click.echo(f"skipped: {reasons}")
    for event in summary.rejected:
        click.echo(f"rejected: {event.path}: {event.reason}", err=True)


def _import_saved(done: ImportSummary, total: int, when: str = "") -> str:
    saved = done.counts[ImportStatus.IMPORTED] + done.counts[ImportStatus.UPDATED]
    return (
        f"{done.total} of {total} files done ({saved} saved: "
        f"{done.counts[ImportStatus.IMPORTED]} imported, {done.counts[ImportStatus.UPDATED]} "
        f"updated); the library is consistent. Run the same import again{when} to finish the "
        f"other {total - done.total} (what was saved is not analysed again)."
    )


def _import_interrupted(done: ImportSummary, total: int) -> str:
    return "Interrupted: " + _import_saved(done, total)


def _import_lost(done: ImportSummary, total: int, reason: str) -> str:
    return f"{database_lost(reason)}. " + _import_saved(done, total, " once the database is back")


@cli.command("import")
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
        db = _open(db_url)
        inputs = collect_inputs(paths, limits)
    done = ImportSummary()  # what was committed, for a message if Ctrl-C stops the import
    # --json is for scripts: its lines are the progress, and stderr stays for failures
    with _progress_bar(len(inputs), shown=not as_json) as bar:

        def report(event: ImportEvent) -> None:
            done.add(event)
            bar.update(1)
            if as_json:
                click.echo(
                    json.dumps(
                        {
                            "path": event.path,
                            "status": event.status.value,
                            "work_id": event.work_id,
                            "reason": event.reason,
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
    stored = summary.total - len(summary.rejected) - summary.counts[ImportStatus.SKIPPED]
    if summary.rejected and not stored:
        sys.exit(1)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--threads", default=8, show_default=True, type=int, help="Worker threads.")
def serve(db_url: str | None, host: str, port: int, threads: int) -> None:
    """Serve the archive in the browser (and its JSON API).

    \b
    Example:
      ficshelf serve --db sqlite:///library.db --port 8080
    """
    _serve(_open(db_url), host, port, threads)


def _serve(db: Database, host: str, port: int, threads: int) -> None:
    import waitress

    from ficshelf.store.tag_bitmaps import warm_tag_bitmaps
    from ficshelf.web.app import create_app

    if db.dialect == "sqlite":
        # Tag filters get fast once the tag bitmaps are built; searches work meanwhile.
        threading.Thread(target=warm_tag_bitmaps, args=(db.engine,), daemon=True).start()
    click.echo(f"Serving the archive at http://{host}:{port}/ (Ctrl-C to stop)")
    waitress.serve(create_app(db), host=host, port=port, threads=threads, ident="ficshelf")


def default_corpus() -> Path:
    """Return the bundled sample corpus: inside the installed package (a wheel carries it),
    else examples/corpus of the source checkout (an editable install)."""
    here = Path(__file__).resolve().parent
    packaged = here / "sample_corpus"
    return packaged if packaged.is_dir() else here.parents[1] / "examples" / "corpus"


@cli.command()
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
    """Import the bundled sample corpus into a fresh database and serve it.

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
    db = _open(db_url)
    inputs = collect_inputs([corpus])
    with _progress_bar(len(inputs)) as bar:
        summary = import_inputs(db, inputs, lambda _event: bar.update())
    _print_summary(summary)
    if not no_serve:
        _serve(db, host, port, threads=8)


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print what was done as one JSON object.")
def reconcile(db_url: str | None, as_json: bool) -> None:
    """Re-run the library's tag wrangler over every work: fandoms inferred from shared
    characters for works without one, fandom names made synonyms of their canonical names,
    and character and relationship names made synonyms within their fandom (as
    fandom-qualified tags, "Harry (The Picture of Dorian Gray - Oscar Wilde)", the fandom's
    works' links to the bare name pointed at them; a work outside the fandom keeps its own
    tag). Global character and relationship synonyms of an older version are undone
    first, and inferred relationship tags pairing an unnamed narrator ("Narrator & Smee")
    or a character a person took off the work are dropped. A person's tags are never
    touched, and nothing a file gave is removed.

    \b
    Example:
      ficshelf reconcile
      ficshelf reconcile --db postgresql://archive@localhost/fics --json
    """
    from ficshelf.library import reconcile_library

    db = _open_existing(db_url)
    try:
        report = reconcile_library(db)
    finally:
        db.close()
    given = {work: found for work, found in report.fandoms.items() if found}
    if as_json:
        data = {
            "fandoms": {
                str(work): [{"name": f.name, "confidence": f.confidence} for f in found]
                for work, found in sorted(given.items())
            },
            "synonyms": [
                {"type": str(t), "name": name, "canonical": canonical}
                for t, name, canonical in report.synonyms
            ],
            "unscoped": [{"type": str(t), "name": name} for t, name in report.unscoped],
            "undone": [{"type": str(t), "name": name} for t, name in report.undone],
            "moved": report.moved,
            "dropped": [{"work": work, "name": name} for work, name in report.dropped],
        }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for work, found in sorted(given.items()):
        names = ", ".join(f"{f.name} ({f.confidence:.2f})" for f in found)
        click.echo(f"work {work}: {names}")
    for tag_type, name in report.unscoped:
        click.echo(f"{tag_type}: {name} is no longer a synonym outside its fandom")
    for tag_type, name in report.undone:
        click.echo(f"{tag_type}: {name} is no longer a synonym (its fandom's names disagree)")
    for tag_type, name, canonical in report.synonyms:
        click.echo(f"{tag_type}: {name} → {canonical}")
    for work, name in report.dropped:
        click.echo(
            f"work {work}: relationship {name} dropped (an unnamed narrator or a removed character)"
        )
    click.echo(
        f"{len(given)} works given an inferred fandom, {len(report.synonyms)} synonyms set,"
        f" {len(report.undone) + len(report.unscoped)} undone,"
        f" {report.moved} links moved to or from fandom synonyms,"
        f" {len(report.dropped)} inferred relationship tags dropped"
    )


@cli.command()
@click.argument("work")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the work's metadata as JSON.")
def show(work: str, db_url: str | None, as_json: bool) -> None:
    """Print a work's metadata: WORK is its id or (part of) its title. A whole title
    (any case) wins over titles that contain it; words that fit several titles list those
    works (id, title, authors) and exit with status 2, so pick one by its id.

    \b
    Example:
      ficshelf show 12
      ficshelf show "frost on the window" --json
    """
    db = _open_existing(db_url)
    try:
        with db.connect() as conn:
            detail = find_work(conn, work)
            empty = detail is None and not has_works(conn)
    finally:
        db.close()
    if detail is None:
        raise NotFound(
            f"no work matches {work!r}" + (f"; {_empty_library(db_url)}" if empty else "")
        )
    if as_json:
        click.echo(json.dumps(work_json(detail), indent=2, ensure_ascii=False))
    else:
        for line in work_lines(detail):
            click.echo(line)


@cli.command()
@click.argument("work")
@click.argument("tags", nargs=-1, required=True, metavar="TYPE:NAME...")
@click.option("--remove", is_flag=True, help="Take the tags off the work (and keep them off).")
@db_option
def tag(work: str, tags: tuple[str, ...], remove: bool, db_url: str | None) -> None:
    """Put tags on a work, or take them off, as a person's edit: WORK is its id or (part of)
    its title, as `show` takes it (words that fit several works change nothing: they are
    listed, and the command exits with status 2); TYPE is one of fandom, character,
    relationship, rating, warning, category, freeform, pov, tense. A person's edit wins
    over the tags the file gives and those ficshelf inferred, and survives re-import,
    re-analysis and reconcile.

    \b
    Example:
      ficshelf tag 12 "character:Smike" "freeform:Snow Day"
      ficshelf tag "The Pony Who" "warning:child abuse" --remove
    """
    from ficshelf.tag_edits import edit_work_tags, parse_editor_tag

    try:
        pairs = [parse_editor_tag(value) for value in tags]
    except QueryError as exc:
        raise click.UsageError(str(exc)) from None
    db = _open_existing(db_url)
    try:
        with db.begin() as conn:
            done = edit_work_tags(conn, work, pairs, removed=remove)
    finally:
        db.close()
    for line in [edit.describe() for edit in done.edits] + list(done.effects):
        click.echo(f"work {done.work_id} ({done.title}): {line}")


@cli.command()
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
    skipped (with the reason) when the file is gone or changed. Saved in batches, like an
    import: Ctrl-C leaves every saved work whole.

    \b
    Example:
      ficshelf reanalyze --all
      ficshelf reanalyze 12 "The Pony Who" --jobs 2
    """
    from ficshelf.reanalysis import summary_lines
    from ficshelf.store.stored_texts import all_work_ids

    if every == bool(works):
        raise click.UsageError("name the works to re-analyse, or pass --all (not both).")
    with ctrl_c_before_start(NOTHING_REANALYSED):
        db = _open_existing(db_url)
    try:
        with ctrl_c_before_start(NOTHING_REANALYSED), db.connect() as conn:
            ids = all_work_ids(conn) if every else [_work_id(conn, work) for work in works]
        summary = _reanalyze_showing_progress(db, list(dict.fromkeys(ids)), jobs)
    finally:
        db.close()
    for line in summary_lines(summary):
        click.echo(line)


def _reanalyze_showing_progress(db: Database, ids: list[int], jobs: int | None) -> ImportSummary:
    """Re-analyse works ``ids`` under a progress bar, printing each work whose tags changed
    and each skipped or rejected one; exits with status 130 on Ctrl-C."""
    from ficshelf.reanalysis import reanalyze_works

    done = ImportSummary()
    with _progress_bar(len(ids), unit="work") as bar:

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


cli.add_command(analyze)
cli.add_command(batch)
cli.add_command(eval_cmd)


def _highlight(text: str) -> str:
    """A matched word in a snippet: bold and underlined on a terminal (plain when piped)."""
    return click.style(text, bold=True, underline=True)


def _tag_refs(values: tuple[str, ...]) -> tuple[TagRef, ...]:
    try:
        return tuple(parse_tag_ref(value) for value in values)
    except QueryError as exc:
        raise click.UsageError(str(exc)) from None


@cli.command("search", cls=QueryCommand)
@click.argument("query", nargs=-1)
@db_option
@click.option("--include", "-i", multiple=True, metavar="TAG", help="Only works with TAG.")
@click.option("--exclude", "-x", multiple=True, metavar="TAG", help="No works with TAG.")
@click.option(
    "--language",
    metavar="LANGUAGE",
    help="Only works in LANGUAGE: its ISO code (de), English name (German) or own name "
    "(Deutsch), any case.",
)
@click.option(
    "--sort",
    type=click.Choice([s.value for s in Sort]),
    default=None,
    help="Order (default: relevance with a query, else date added).",
)
@click.option("--author-tags-only", is_flag=True, help="Ignore the tags ficshelf inferred.")
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=None,
    help="Count inferred tags only at this confidence or above.",
)
@click.option("--page", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--limit", type=click.IntRange(1, 200), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the results (and facets) as JSON.")
def search_cmd(
    query: tuple[str, ...],
    db_url: str | None,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    language: str | None,
    sort: str | None,
    author_tags_only: bool,
    min_confidence: float | None,
    page: int,
    limit: int,
    as_json: bool,
) -> None:
    """Search the library: QUERY words (all of them), "a phrase", -word to exclude (no
    quotes needed; after -- nothing is an option), word OR word, and prefix*. TAG is
    type:name (fandom, character, relationship, rating, warning, category, freeform, pov,
    tense) or a bare name of any type; synonyms count. A character or relationship name
    no work carries as it is finds each fandom's character of that name ("character:Jo
    March": Josephine March in Little Women); add a fandom: tag to keep it to one.

    \b
    Example:
      ficshelf search storm sea -drowned
      ficshelf search '"the fever broke"' -i "fandom:Little Women - Louisa May Alcott"
      ficshelf search --include "character:Josephine March" --sort words --json
      ficshelf search --language de lighthouse
    """
    request = SearchRequest(
        query=" ".join(query),
        include=_tag_refs(include),
        exclude=_tag_refs(exclude),
        language=language,
        author_tags_only=author_tags_only,
        min_confidence=min_confidence,
        sort=Sort(sort) if sort else None,
        page=page,
        per_page=limit,
        facets=as_json,
    )
    db = _open_existing(db_url)
    try:
        with db.connect() as conn:
            result = search(conn, request)
            empty = result.hits.total == 0 and not has_works(conn)
    except QueryError as exc:
        raise click.UsageError(str(exc)) from None
    finally:
        db.close()
    if empty:
        click.echo(f"note: {_empty_library(db_url)}", err=True)
    if as_json:
        click.echo(json.dumps(to_jsonable(result), indent=2, ensure_ascii=False))
        return
    for line in search_lines(result, _highlight):
        click.echo(line)


def main() -> None:
    """Run the CLI (the ``ficshelf`` console script)."""
    cli(prog_name="ficshelf")
