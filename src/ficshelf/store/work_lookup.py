"""Finding the one work a person names on the command line: by its id, or by its title or a
part of it (``ficshelf show``, ``ficshelf tag``).

An id wins; then a title equal to the words given (ignoring case); then the one title that
contains them. When the words fit several works and none exactly, or several works share
that exact title, no work is picked: ``AmbiguousWork`` lists them (id, title, authors), so
that an edit never lands on a work the person did not mean.
"""

from __future__ import annotations

from sqlalchemy import Connection, case, desc, func, select

from ficshelf.errors import AmbiguousWork, NotFound
from ficshelf.store.browse import get_work, work_blurbs
from ficshelf.store.schema import works
from ficshelf.store.work_views import WorkDetail

MAX_LISTED = 10  # the works an ambiguous name lists (the error says how many matched)
_MAX_ID = 2**31 - 1  # the largest value of an Integer (ids) column on PostgreSQL


def find_work(conn: Connection, query: str) -> WorkDetail | None:
    """Return the work that ``query`` names: the work of that id, else the work whose title
    is ``query`` (case-insensitively), else the one work whose title contains it; ``None``
    when none does. Raises ``AmbiguousWork`` (listing them, newest first) when several works
    share that exact title or, with no exact title, several titles contain ``query``."""
    query = query.strip()
    # isdigit() alone accepts "²", which int() refuses; ids beyond an Integer column's range
    # would overflow the driver, and no work has one, so those are searched as titles.
    if query.isascii() and query.isdecimal() and int(query) <= _MAX_ID:
        try:
            return get_work(conn, int(query))
        except NotFound:
            pass
    if not query:
        return None
    title = func.lower(works.c.title)
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    contains = title.like(func.lower(f"%{escaped}%"), escape="\\")
    exact = case((title == func.lower(query), 1), else_=0)
    counts = conn.execute(select(func.count(), func.coalesce(func.sum(exact), 0)).where(contains))
    matched, exactly = (int(n) for n in counts.one())
    if matched == 0:
        return None
    ids = select(works.c.id).where(contains)
    if exactly:
        ids, matched = ids.where(exact == 1), exactly
    found = list(
        conn.execute(
            ids.order_by(desc(works.c.created_at), desc(works.c.id)).limit(MAX_LISTED)
        ).scalars()
    )
    if matched == 1:
        return get_work(conn, found[0])
    listed = tuple((b.id, b.title, b.authors) for b in work_blurbs(conn, found))
    raise AmbiguousWork(query, listed, matched)
