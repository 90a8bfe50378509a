"""``ficshelf serve``: the archive in the browser (and its JSON API), on waitress."""

from __future__ import annotations

import threading

import click

from ficshelf.cli_database import db_option, open_library
from ficshelf.store.db import Database


@click.command()
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
    serve_archive(open_library(db_url), host, port, threads)


def serve_archive(db: Database, host: str, port: int, threads: int) -> None:
    """Serve ``db`` at ``host``:``port`` with ``threads`` worker threads until Ctrl-C (on
    SQLite, building the tag bitmaps in the background meanwhile)."""
    import waitress

    from ficshelf.store.tag_bitmaps import warm_tag_bitmaps
    from ficshelf.web.app import create_app

    if db.dialect == "sqlite":
        # Tag filters get fast once the tag bitmaps are built; searches work meanwhile.
        threading.Thread(target=warm_tag_bitmaps, args=(db.engine,), daemon=True).start()
    click.echo(f"Serving the archive at http://{host}:{port}/ (Ctrl-C to stop)")
    waitress.serve(create_app(db), host=host, port=port, threads=threads, ident="ficshelf")
