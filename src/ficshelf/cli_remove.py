"""``ficshelf remove``: take works out of the library for good, with what readers left on
them, saying what went."""

from __future__ import annotations

import click

from ficshelf.cli_database import db_option, named_work, open_existing


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


@click.command("remove")
@click.argument("works", nargs=-1, required=True, metavar="WORK...")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@db_option
def remove_cmd(works: tuple[str, ...], yes: bool, db_url: str | None) -> None:
    """Remove works from the library: WORK is an id or (part of) a title, as `show` takes
    it. Each goes with its chapters, tag links (and the tags no other work carries,
    unless a person made them synonyms or a reader excludes them), source records,
    search index entry and "more like this" figures, and the kudos, comments and
    bookmarks readers left on it (and its place in their reading histories). Every WORK
    is found before anything is removed (one that fits several works or none removes
    nothing), and all go in one transaction. Importing a removed work's file again brings
    it back as a new work: delete the file too.

    \b
    Example:
      ficshelf remove 12
      ficshelf remove 12 "frost on the window" --yes
    """
    from ficshelf.store.removal import remove_work

    db = open_existing(db_url)
    try:
        with db.connect() as conn:
            found = {detail.id: detail for detail in (named_work(conn, w, db_url) for w in works)}
        if not yes:
            for detail in found.values():
                click.echo(f"  {detail.id}\t{detail.title or '(untitled)'}")
            what = "this work" if len(found) == 1 else f"these {len(found)} works"
            click.confirm(
                f"Remove {what}, with the kudos, comments and bookmarks readers left?",
                abort=True,
            )
        with db.begin() as conn:
            removed = [remove_work(conn, work_id) for work_id in found]
    finally:
        db.close()
    for r in removed:
        click.echo(
            f"Removed work {r.work_id} ({r.title or 'untitled'}): "
            f"{_plural(r.chapters, 'chapter')}, {_plural(r.tags, 'tag link')}, "
            f"{_plural(r.sources, 'source file')}, {_plural(r.kudos, 'kudos', 'kudos')}, "
            f"{_plural(r.comments, 'comment')}, {_plural(r.bookmarks, 'bookmark')}"
            + (
                f"; {_plural(r.unused_tags, 'tag')} no other work carries."
                if r.unused_tags
                else "."
            )
        )
