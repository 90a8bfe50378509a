"""``ficshelf export``: a work as an e-book (EPUB), one HTML file or plain text."""

from __future__ import annotations

from pathlib import Path

import click

from ficshelf.cli_database import db_option, named_work, open_existing
from ficshelf.export import KINDS, Book, Kind, download_name, export_book
from ficshelf.store.browse import all_chapters


@click.command("export")
@click.argument("work")
@click.option(
    "--format",
    "kind",
    type=click.Choice(KINDS),
    default="epub",
    show_default=True,
    help="EPUB 3 book, one self-contained HTML file, or plain text.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=True, writable=True, path_type=Path),
    help="File to write, or a folder to write it in, or - for standard output"
    " (default: the title as file name, in the current folder).",
)
@db_option
def export_cmd(work: str, kind: Kind, out: Path | None, db_url: str | None) -> None:
    """Export a work as an e-book: WORK is its id or (part of) its title, as `show` takes
    it. The book holds a title page (title, authors, tags with the inferred ones marked,
    summary, notes), every chapter with its notes and, for EPUB, a table of contents.

    \b
    Example:
      ficshelf export 12
      ficshelf export "frost on the window" --format txt --out frost.txt
    """
    db = open_existing(db_url)
    try:
        with db.connect() as conn:
            detail = named_work(conn, work, db_url)
            book = Book(detail, all_chapters(conn, detail.id))
    finally:
        db.close()
    data = export_book(book, kind)
    if out is not None and str(out) == "-":
        with click.open_file("-", "wb") as stdout:
            stdout.write(data)
        return
    target = out or Path(download_name(book, kind))
    if target.is_dir():
        target = target / download_name(book, kind)
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise click.FileError(str(target), exc.strerror or str(exc)) from exc
    click.echo(f"wrote {target} ({len(data):,} bytes): work {book.work.id}, {book.work.title}")
