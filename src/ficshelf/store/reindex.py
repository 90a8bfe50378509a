"""Rewriting search documents when a work's tags change, at once or once per batch.

Every writer that changes what a work's search document holds (its own save, a library
fandom, a tag made a synonym) asks for it with ``reindex``. Outside a batch the documents
are rewritten there and then (``store.search_index.index_work``), in the caller's
transaction. Inside ``deferred_reindex(conn)`` the work ids are only collected, and each
document is written once when the block ends, still in the same transaction: an import
batch that saves a work, makes one of its tags a synonym and gives it a library fandom
writes its document once instead of three times.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from ficshelf.store.search_index import index_work

_PENDING = "ficshelf.reindex.pending"


def reindex(conn: Connection, work_ids: Iterable[int]) -> None:
    """Rewrite the search documents of ``work_ids`` now, or when the enclosing
    ``deferred_reindex`` block on ``conn`` ends. Raises only database errors."""
    pending: set[int] | None = conn.info.get(_PENDING)
    if pending is not None:
        pending.update(work_ids)
        return
    for work_id in sorted(set(work_ids)):
        index_work(conn, work_id)


@contextmanager
def deferred_reindex(conn: Connection) -> Iterator[set[int]]:
    """Collect the ``reindex`` requests made on ``conn`` inside the block and rewrite each
    document once when it ends without an error (nested blocks join the outer one). Yields
    the set of work ids collected so far. On an error nothing is written: the caller's
    transaction is rolled back anyway."""
    outer: set[int] | None = conn.info.get(_PENDING)
    if outer is not None:
        yield outer
        return
    pending: set[int] = set()
    conn.info[_PENDING] = pending
    try:
        yield pending
    finally:
        del conn.info[_PENDING]
    for work_id in sorted(pending):
        index_work(conn, work_id)
