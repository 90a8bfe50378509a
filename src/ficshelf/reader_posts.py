"""The rules for what readers write: comments and bookmarks.

Comments and bookmark notes are plain text (the pages escape them and make paragraphs of
blank-line-separated runs: never HTML), with a length limit; a bookmark's tags are the
reader's own words, given comma-separated as AO3 takes them.
"""

from __future__ import annotations

from ficshelf.errors import InvalidInput

MAX_COMMENT = 10_000
"""The most characters a comment holds (AO3's limit)."""
MAX_NOTE = 5_000
"""The most characters a bookmark's note holds."""
MAX_BOOKMARK_TAGS = 25
MAX_TAG = 100


def _text(value: str) -> str:
    """``value`` with its line ends made ``\\n``, stray control characters dropped and the
    ends stripped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in value if c in "\n\t" or c.isprintable()).strip()


def comment_text(body: str) -> str:
    """Return ``body`` tidied as a comment's text. Raises ``InvalidInput`` for an empty
    one or one over ``MAX_COMMENT`` characters."""
    text = _text(body)
    if not text:
        raise InvalidInput("A comment cannot be empty.")
    if len(text) > MAX_COMMENT:
        raise InvalidInput(
            f"A comment has at most {MAX_COMMENT:,} characters; this one has {len(text):,}."
        )
    return text


def bookmark_note(note: str) -> str:
    """Return ``note`` tidied as a bookmark's note (it may be empty). Raises
    ``InvalidInput`` for one over ``MAX_NOTE`` characters."""
    text = _text(note)
    if len(text) > MAX_NOTE:
        raise InvalidInput(f"A bookmark's note has at most {MAX_NOTE:,} characters.")
    return text


def bookmark_tags(raw: str) -> tuple[str, ...]:
    """Return the tags of ``raw`` (comma-separated, each tidied, duplicates in any case
    dropped). Raises ``InvalidInput`` for more than ``MAX_BOOKMARK_TAGS`` or a tag longer
    than ``MAX_TAG`` characters."""
    found: dict[str, str] = {}
    for part in _text(raw).replace("\n", ",").split(","):
        tag = " ".join(part.split())
        if not tag:
            continue
        if len(tag) > MAX_TAG:
            raise InvalidInput(f"A bookmark tag has at most {MAX_TAG} characters.")
        found.setdefault(tag.casefold(), tag)
    if len(found) > MAX_BOOKMARK_TAGS:
        raise InvalidInput(f"A bookmark has at most {MAX_BOOKMARK_TAGS} tags.")
    return tuple(found.values())
