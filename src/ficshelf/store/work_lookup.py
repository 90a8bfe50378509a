"""Finding the one work a person names on the command line: by its id, or by its title or a
part of it (``ficshelf show``, ``ficshelf tag``, ``ficshelf reanalyze``).

An id wins; then a title equal to the words given; then the one title that contains them.
Titles and words are compared as the search compares them, in Unicode's NFKC form and
without case ("lamp of winter" and "ｌａｍｐ ｏｆ" name "Ｌａｍｐ ｏｆ Ｗｉｎｔｅｒ"): on
SQLite through the connection's ``fold`` function (``store.db.folded``: NFKC, casefolded),
on PostgreSQL through ``lower(normalize(…, NFKC))`` (``lower`` alone for ASCII titles).
When the words fit several works and none exactly, or several works share that exact title,
no work is picked: ``AmbiguousWork`` lists them (id, title, authors), so that an edit never
lands on a work the person did not mean. One pass over the titles answers it (the matches
counted beside the newest few).
"""

from __future__ import annotations

from sqlalchemy import (
    ColumnElement,
    Connection,
    case,
    desc,
    func,
    literal,
    literal_column,
    select,
)

from ficshelf.errors import AmbiguousWork, NotFound
from ficshelf.store.browse import get_work, work_blurbs
from ficshelf.store.schema import works
from ficshelf.store.work_views import WorkDetail

MAX_LISTED = 10  # the works an ambiguous name lists (the error says how many matched)
_MAX_ID = 2**31 - 1  # the largest value of an Integer (ids) column on PostgreSQL


def find_work(conn: Connection, query: str) -> WorkDetail | None:
    """Return the work that ``query`` names: the work of that id, else the work whose title
    is ``query`` (compared in NFKC form, without case), else the one work whose title
    contains it; ``None`` when none does. Raises ``AmbiguousWork`` (listing them, newest
    first) when several works share that exact title or, with no exact title, several
    titles contain ``query``."""
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
    title = _folded(conn, works.c.title)
    key = str(conn.execute(select(_folded(conn, literal(query)))).scalar_one())
    if not key.strip():
        return None
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    exact = case((title == key, 1), else_=0)
    rows = conn.execute(
        select(
            works.c.id,
            exact,
            func.count().over(),
            func.sum(exact).over(),
        )
        .where(title.like(f"%{escaped}%", escape="\\"))
        .order_by(desc(exact), desc(works.c.created_at), desc(works.c.id))
        .limit(MAX_LISTED)
    ).all()
    if not rows:
        return None
    matched, exactly = int(rows[0][2]), int(rows[0][3])
    found = [int(row[0]) for row in rows if row[1] or not exactly]
    if exactly:
        matched = exactly
    if matched == 1:
        return get_work(conn, found[0])
    listed = tuple((b.id, b.title, b.authors) for b in work_blurbs(conn, found))
    raise AmbiguousWork(query, listed, matched)


def _folded(conn: Connection, value: ColumnElement[str]) -> ColumnElement[str]:
    """``value`` in NFKC form and without case, in this connection's SQL."""
    if conn.dialect.name == "postgresql":
        # Printable ASCII is in NFKC form already: skipping normalize() for it makes a pass
        # over 100,000 titles take 76 ms instead of 212 ms (lower() alone: 64 ms).
        return case(
            (value.regexp_match("^[ -~]*$"), func.lower(value)),
            else_=func.lower(func.normalize(value, literal_column("NFKC"))),
        )
    return func.fold(value)
