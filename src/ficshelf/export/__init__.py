"""E-book export: a stored work as an EPUB 3 book, one self-contained HTML file or plain
text, built from what the work page shows (``store.browse``'s work view: metadata, tags
with provenance, notes, and each chapter's sanitised HTML).

- ``book``: the work to export (``load_book``), its download file name and kinds.
- ``pages``: the XHTML pieces every format shares (title page, chapter bodies).
- ``epub``, ``html``, ``text``: one writer each; ``export_book`` picks one by kind.
"""

from __future__ import annotations

from ficshelf.export.book import KINDS, Book, Kind, download_name, load_book
from ficshelf.export.writers import export_book

__all__ = ["KINDS", "Book", "Kind", "download_name", "export_book", "load_book"]
