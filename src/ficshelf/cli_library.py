"""The commands that read or edit a library: ``show`` (a work's metadata), ``search``,
``tag`` (a person's edits) and ``reconcile`` (the library's tag wrangler)."""

from __future__ import annotations

import json

import click

from ficshelf.cli_database import db_option, empty_library, named_work, open_existing
from ficshelf.cli_parsing import QueryCommand
from ficshelf.jsonable import to_jsonable
from ficshelf.search_query import QueryError
from ficshelf.showing import search_lines, work_json, work_lines
from ficshelf.store.browse import has_works
from ficshelf.store.search import Length, Sort, Status, search
from ficshelf.store.search_request import request_from_args
from ficshelf.store.series_reads import series_nav
from ficshelf.store.works import work_files


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print what was done as one JSON object.")
def reconcile(db_url: str | None, as_json: bool) -> None:
    """Re-run the library's tag wrangler over every work: fandoms inferred from shared
    characters for works without one, fandom names made synonyms of their canonical names,
    and character and relationship names made synonyms within their fandom (as
    fandom-qualified tags, "Harry (The Picture of Dorian Gray - Oscar Wilde)", the fandom's
    works' links to the bare name pointed at them; a work outside the fandom keeps its own
    tag). Global character and relationship synonyms of an older version are undone
    first, and inferred tags naming an unnamed narrator ("Narrator & Smee") or a described
    person ("the ferryman", "Orpheus/the ferryman"), and inferred relationship tags pairing
    a character a person took off the work, are dropped. A person's tags are never
    touched, and nothing a file gave is removed.

    \b
    Example:
      ficshelf reconcile
      ficshelf reconcile --db postgresql://archive@localhost/fics --json
    """
    from ficshelf.library import reconcile_library

    db = open_existing(db_url)
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
            "dropped": [
                {"work": work, "type": str(tag_type), "name": name}
                for work, tag_type, name in report.dropped
            ],
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
    for work, tag_type, name in report.dropped:
        click.echo(
            f"work {work}: {tag_type} {name} dropped"
            " (an unnamed narrator, a described person or a removed character)"
        )
    click.echo(
        f"{len(given)} works given an inferred fandom, {len(report.synonyms)} synonyms set,"
        f" {len(report.undone) + len(report.unscoped)} undone,"
        f" {report.moved} links moved to or from fandom synonyms,"
        f" {len(report.dropped)} inferred character and relationship tags dropped"
    )


@click.command()
@click.argument("work")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the work's metadata as JSON.")
def show(work: str, db_url: str | None, as_json: bool) -> None:
    """Print a work's metadata and the files it was imported from (the one it belongs to,
    then its copies): WORK is its id or (part of) its title. A whole title
    (any case) wins over titles that contain it; words that fit several titles list those
    works (id, title, authors) and exit with status 2, so pick one by its id.

    \b
    Example:
      ficshelf show 12
      ficshelf show "frost on the window" --json
    """
    db = open_existing(db_url)
    try:
        with db.connect() as conn:
            detail = named_work(conn, work, db_url)
            files = work_files(conn, detail.id)
            nav = series_nav(conn, detail.id)
    finally:
        db.close()
    if as_json:
        data = work_json(detail, nav)
        data["files"] = [{"path": f.path, "copy": f.duplicate} for f in files]
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        for line in work_lines(detail, nav):
            click.echo(line)
        file_lines = [("Imported from:", f.path) for f in files if not f.duplicate] + [
            ("Copy:", f.path) for f in files if f.duplicate
        ]
        if file_lines:
            click.echo("")
        for label, path in file_lines:
            click.echo(f"{label:<17}{path}")


@click.command()
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
    db = open_existing(db_url)
    try:
        with db.begin() as conn:
            done = edit_work_tags(conn, work, pairs, removed=remove)
    finally:
        db.close()
    for line in [edit.describe() for edit in done.edits] + list(done.effects):
        click.echo(f"work {done.work_id} ({done.title}): {line}")


def _highlight(text: str) -> str:
    """A matched word in a snippet: bold and underlined on a terminal (plain when piped)."""
    return click.style(text, bold=True, underline=True)


@click.command("search", cls=QueryCommand)
@click.argument("query", nargs=-1)
@db_option
@click.option("--include", "-i", multiple=True, metavar="TAG", help="Only works with TAG.")
@click.option("--exclude", "-x", multiple=True, metavar="TAG", help="No works with TAG.")
@click.option("--words-min", metavar="N", help="Only works of at least N words (1000 or 1,000).")
@click.option("--words-max", metavar="N", help="Only works of at most N words.")
@click.option(
    "--length", type=click.Choice([x.value for x in Length]), help="One-shots or multi-chapter."
)
@click.option(
    "--status",
    type=click.Choice([x.value for x in Status]),
    help="Complete, or in progress (a work of several chapters and no known total, 2/?, is).",
)
@click.option(
    "--language",
    metavar="LANGUAGE",
    help="Only works in LANGUAGE: its ISO code (de), English name (German) or own name "
    "(Deutsch), any case.",
)
@click.option("--author", metavar="NAME", help="Only works by an author of exactly that name.")
@click.option("--series", metavar="SERIES", help="Only works of the series with this id or name.")
@click.option("--updated-from", metavar="DAY", help="Updated (else published) on DAY or later.")
@click.option("--updated-to", metavar="DAY", help="Updated (else published) on DAY or before.")
@click.option("--added-from", metavar="DAY", help="Imported on DAY (YYYY-MM-DD) or later.")
@click.option("--added-to", metavar="DAY", help="Imported on DAY or before.")
@click.option(
    "--sort",
    type=click.Choice([s.value for s in Sort]),
    default=None,
    help=(
        "Order (default: relevance with a query, else part order with --series, else date"
        " added). series: by series, then part."
    ),
)
@click.option("--author-tags-only", is_flag=True, help="Ignore the tags ficshelf inferred.")
@click.option(
    "--min-confidence",
    metavar="X",
    help="Count inferred tags only at confidence X (0 to 1) or above.",
)
@click.option("--page", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--limit", type=click.IntRange(1, 200), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the results (and facets) as JSON.")
def search_cmd(
    query: tuple[str, ...],
    db_url: str | None,
    author_tags_only: bool,
    page: int,
    limit: int,
    as_json: bool,
    **filters: str | tuple[str, ...] | None,
) -> None:
    """Search the library: QUERY words (all of them), "a phrase", -word to exclude (no
    quotes needed; after -- nothing is an option), word OR word, and prefix*. TAG is
    type:name (fandom, character, relationship, rating, warning, category, freeform, pov,
    tense) or a bare name of any type; synonyms count. A character or relationship name
    no work carries as it is finds each fandom's character of that name ("character:Jo
    March": Josephine March in Little Women); add a fandom: tag to keep it to one. The
    filters are the web search's (/search.json's arguments of the same names); DAY is
    YYYY-MM-DD.

    \b
    Example:
      ficshelf search storm sea -drowned
      ficshelf search '"the fever broke"' -i "fandom:Little Women - Louisa May Alcott"
      ficshelf search --include "character:Josephine March" --sort words --json
      ficshelf search --language de lighthouse
      ficshelf search --status in-progress --words-min 10,000 --length multi
      ficshelf search storm --updated-from 2020-01-01 --added-to 2024-12-31
      ficshelf search --author quillwright --sort updated
      ficshelf search --series "Letters from Derbyshire"
    """
    args: dict[str, list[str]] = {"q": [" ".join(query)]}
    for name, value in filters.items():
        if isinstance(value, tuple):
            args[name] = list(value)
        elif value is not None:
            args[name] = [value]
    if author_tags_only:
        args["tags"] = ["author"]
    try:
        request = request_from_args(args, page=page, per_page=limit, facets=as_json)
    except QueryError as exc:
        raise click.UsageError(str(exc)) from None
    db = open_existing(db_url)
    try:
        with db.connect() as conn:
            result = search(conn, request)
            empty = result.hits.total == 0 and not has_works(conn)
    except QueryError as exc:
        raise click.UsageError(str(exc)) from None
    finally:
        db.close()
    if empty:
        click.echo(f"note: {empty_library(db_url)}", err=True)
    if as_json:
        click.echo(json.dumps(to_jsonable(result), indent=2, ensure_ascii=False))
        return
    for line in search_lines(result, _highlight):
        click.echo(line)
