"""Authors and a work's byline: names resolved to ids in bulk, links kept in byline order.

Author names are matched exactly (after collapsing whitespace): two people may well write as
"Sam" and "sam". An author row stays when its last work is deleted, like a tag.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, bindparam, delete, insert, select

from ficshelf.errors import StoreError
from ficshelf.store import schema
from ficshelf.store.portable import fit, insert_new

_CHUNK = 500


def tidy_author_name(name: str) -> str:
    """Return ``name`` with runs of whitespace collapsed to one space, cut to the column width."""
    return fit(" ".join(name.split()), schema.authors.c.name).rstrip()


_FIND_AUTHORS = select(schema.authors.c.name, schema.authors.c.id).where(
    schema.authors.c.name.in_(bindparam("names", expanding=True))
)


def _author_ids(conn: Connection, names: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for at in range(0, len(names), _CHUNK):
        rows = conn.execute(_FIND_AUTHORS, {"names": names[at : at + _CHUNK]})
        found.update({name: author_id for name, author_id in rows})
    return found


def get_or_create_authors(conn: Connection, names: Iterable[str]) -> dict[str, int]:
    """Return the author id of each name in ``names``, adding the authors not stored yet.

    Keys are the names as given. Raises ``ValueError`` for a blank name and ``StoreError``
    if an author could not be found even after inserting it.
    """
    tidied = {name: tidy_author_name(name) for name in names}
    if any(not tidy for tidy in tidied.values()):
        raise ValueError("author names must not be blank")
    wanted = sorted(set(tidied.values()))
    ids = _author_ids(conn, wanted)
    missing = [name for name in wanted if name not in ids]
    if missing:
        # Sorted, so that concurrent writers take the unique-key locks in the same order.
        insert_new(
            conn,
            schema.authors,
            [{"name": name} for name in missing],
            unique=[schema.authors.c.name],
        )
        ids.update(_author_ids(conn, missing))
    lost = [name for name in wanted if name not in ids]
    if lost:
        raise StoreError(f"authors vanished while being added: {', '.join(lost)}")
    return {given: ids[tidy] for given, tidy in tidied.items()}


def set_work_authors(
    conn: Connection, work_id: int, names: Sequence[str], *, new: bool = False
) -> None:
    """Make ``names`` (in byline order) the authors of work ``work_id``, replacing any others.

    Blank names and repeats are skipped. ``new`` says the work has no links yet (saves a
    statement). Raises ``IntegrityError`` if there is no such work.
    """
    byline = list(dict.fromkeys(tidy for tidy in map(tidy_author_name, names) if tidy))
    if not new:
        conn.execute(delete(schema.work_authors).where(schema.work_authors.c.work_id == work_id))
    if not byline:
        return
    ids = get_or_create_authors(conn, byline)
    conn.execute(
        insert(schema.work_authors),
        [
            {"work_id": work_id, "author_id": ids[name], "position": position}
            for position, name in enumerate(byline)
        ],
    )
