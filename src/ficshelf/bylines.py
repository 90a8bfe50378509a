"""A work's byline in words, one wording for every surface (the terminal, the web pages,
the messages): its authors' names, or "an unknown author" when the file names none.

AO3 writes "Anonymous" only for a work its author chose to post anonymously; a story whose
file simply gives no byline is not that, so ficshelf says what it knows: nobody is named.
"""

from __future__ import annotations

from collections.abc import Iterable

UNKNOWN_AUTHOR = "an unknown author"


def author_names(authors: Iterable[str]) -> str:
    """Return the names of ``authors`` joined by commas ("Mara Lint, Orrin Peck"), or
    ``UNKNOWN_AUTHOR`` when there are none; the caller writes "by " before it."""
    return ", ".join(authors) or UNKNOWN_AUTHOR
