"""What a re-analysis of stored works reads (``ficshelf reanalyze``): each work's stored
text and format, and the file it was imported from (the ``sources`` row not marked
``duplicate``) with the hash of that file's bytes.

Every function takes an open connection and raises only database errors.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, select

from ficshelf.store import schema

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class StoredText:
    """A work as a re-analysis reads it: id, title, format ("txt", "ao3-html", "epub" …),
    stored text, and the path and file hash of its own file (``None``: no file holds it)."""

    work_id: int
    title: str
    format: str
    text: str
    path: str | None
    file_hash: str | None


def all_work_ids(conn: Connection) -> list[int]:
    """Return the id of every work, ascending."""
    works = schema.works
    return [int(i) for i in conn.execute(select(works.c.id).order_by(works.c.id)).scalars()]


def stored_texts(conn: Connection, work_ids: Sequence[int]) -> dict[int, StoredText]:
    """Return the ``StoredText`` of each of ``work_ids`` that exists, by id."""
    works, sources = schema.works, schema.sources
    found: dict[int, StoredText] = {}
    wanted = sorted(set(work_ids))
    for at in range(0, len(wanted), _CHUNK):
        rows = conn.execute(
            select(
                works.c.id,
                works.c.title,
                works.c.format,
                works.c.text,
                sources.c.path,
                sources.c.file_hash,
            )
            .select_from(
                works.outerjoin(
                    sources, (sources.c.work_id == works.c.id) & sources.c.duplicate.is_(False)
                )
            )
            .where(works.c.id.in_(wanted[at : at + _CHUNK]))
            .order_by(works.c.id, sources.c.path)
        )
        for work_id, title, format_, text, path, digest in rows:
            found.setdefault(
                int(work_id), StoredText(int(work_id), title, format_, text, path, digest)
            )
    return found
