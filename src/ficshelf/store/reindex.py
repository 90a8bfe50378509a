"""Rewriting what is derived from a work — its search document and its "more like this"
signature — when the work or its tags change, at once or once per batch.

Every writer that changes what a work's search document holds (its own save, a library
fandom, a tag made a synonym) asks for it with ``reindex``; that also refreshes the tag
features of the work's signature (``ficshelf.similar.refresh_tags``), whose tags are
canonical ones. Saving a work asks with ``reindex_saved``, which (re)computes its whole
signature from its text too. Outside a batch all of it is written there and then
(``store.search_index``: the documents of many works in batches, ``index_batch``;
``ficshelf.similar``), in the caller's transaction. Inside ``deferred_reindex(conn)`` the
requests are only collected, and when the block ends each document is written once and the
signatures are computed together (``ficshelf.similar.index_works``), still in the same
transaction: an import batch that
saves a work, makes one of its tags a synonym and gives it a library fandom writes its
document and its signature once, from its final tags, instead of three times.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Connection

from ficshelf.similar import SavedText, index_works, refresh_tags
from ficshelf.store.search_index import index_batch, index_work

_PENDING = "ficshelf.reindex.pending"


@dataclass(slots=True)
class Pending:
    """What a ``deferred_reindex`` block has collected so far: the works whose documents
    (and signature tags) are to be rewritten, and the texts of the works saved in it."""

    documents: set[int] = field(default_factory=set)
    saved: dict[int, SavedText] = field(default_factory=dict)


def reindex(conn: Connection, work_ids: Iterable[int]) -> None:
    """Rewrite the search documents and the signature tag features of ``work_ids`` now, or
    when the enclosing ``deferred_reindex`` block on ``conn`` ends. Raises only database
    errors."""
    pending: Pending | None = conn.info.get(_PENDING)
    if pending is not None:
        pending.documents.update(work_ids)
        return
    ordered = sorted(set(work_ids))
    index_batch(conn, ordered)
    refresh_tags(conn, ordered)


def reindex_saved(conn: Connection, work: SavedText) -> None:
    """Write the search document and the whole signature of a work just saved, now or when
    the enclosing ``deferred_reindex`` block on ``conn`` ends. Raises only database errors."""
    pending: Pending | None = conn.info.get(_PENDING)
    if pending is not None:
        pending.documents.add(work.work_id)
        pending.saved[work.work_id] = work
        return
    index_work(conn, work.work_id)
    index_works(conn, [work])


@contextmanager
def deferred_reindex(conn: Connection) -> Iterator[Pending]:
    """Collect the ``reindex`` and ``reindex_saved`` requests made on ``conn`` inside the
    block and carry them out once when it ends without an error (nested blocks join the
    outer one). Yields what has been collected so far. On an error nothing is written: the
    caller's transaction is rolled back anyway."""
    outer: Pending | None = conn.info.get(_PENDING)
    if outer is not None:
        yield outer
        return
    pending = Pending()
    # Kept apart from ``conn``: a connection the server cut cannot give its ``info`` again,
    # and asking would hide the lost connection behind a "rollback first" error.
    info = conn.info
    info[_PENDING] = pending
    try:
        yield pending
    finally:
        del info[_PENDING]
    index_batch(conn, pending.documents)
    index_works(conn, [pending.saved[work_id] for work_id in sorted(pending.saved)])
    refresh_tags(conn, sorted(pending.documents.difference(pending.saved)))
