"""Kudos: one per account per work, kept in ``kudos``.

A work's ``works.kudos`` column is a different figure: the count AO3 stated in the file it
was imported from. ``store.reader_counts`` adds the two up where a list sorts by kudos.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection, select

from ficshelf.errors import NotFound
from ficshelf.store.portable import insert_new
from ficshelf.store.schema import kudos, users, works


def leave_kudos(conn: Connection, work_id: int, user_id: int) -> bool:
    """Leave kudos on work ``work_id`` from account ``user_id``. Returns ``False`` when the
    account had left kudos there already (nothing changes). Raises ``NotFound`` for a work
    that is not there."""
    if conn.execute(select(works.c.id).where(works.c.id == work_id)).first() is None:
        raise NotFound(f"no work with id {work_id}")
    row = {"work_id": work_id, "user_id": user_id, "created_at": datetime.now(UTC)}
    return insert_new(conn, kudos, [row], unique=[kudos.c.work_id, kudos.c.user_id]) == 1


def kudos_names(conn: Connection, work_id: int) -> tuple[str, ...]:
    """Return the names of the accounts that left kudos on work ``work_id``, the most
    recent first (as AO3 lists them)."""
    query = (
        select(users.c.name)
        .join(kudos, kudos.c.user_id == users.c.id)
        .where(kudos.c.work_id == work_id)
        .order_by(kudos.c.created_at.desc(), users.c.name_key)
    )
    return tuple(conn.execute(query).scalars())


def has_left_kudos(conn: Connection, work_id: int, user_id: int) -> bool:
    """Whether account ``user_id`` left kudos on work ``work_id``."""
    query = select(kudos.c.work_id).where(kudos.c.work_id == work_id, kudos.c.user_id == user_id)
    return conn.execute(query).first() is not None
