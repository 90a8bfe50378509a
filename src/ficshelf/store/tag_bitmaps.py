"""In-memory bitmaps of the works carrying each tag, for fast tag filters on SQLite.

For each canonical tag (synonyms folded in) a compressed bitmap (roaring) holds the ids of
the works with a live link to it, and a second one those whose link is not inferred. A
filter such as "fandom A and character B, without warnings C, D or E" is then a few bitmap
operations (microseconds) instead of joins whose cost grows with the most common tag, so
``store.search`` answers tag filters at a cost that depends on the size of the answer.

The bitmaps are built from ``work_tags`` by ``warm_tag_bitmaps`` (one pass over the links:
seconds per hundred thousand works, so a server does it in the background as it starts, and
a one-off command never does), then kept in step through the change log ``search_changes``
(``store.search_index.record_change``): each search first applies the changes logged since
the last one it saw (SQLite has one writer at a time and the log's sequence never reuses a
number, so the log has no gaps), and the bitmaps are rebuilt when the synonyms changed or the
log was pruned past them. One set of bitmaps is kept per database engine, for its threads.

PostgreSQL answers the same filters from its own indexes, in parallel, and does not use this.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from weakref import WeakKeyDictionary

from pyroaring import BitMap
from sqlalchemy import Connection, Engine, text

_LINKS = (
    "SELECT coalesce(t.canonical_id, t.id), wt.work_id, wt.provenance != 'inferred'"
    " FROM work_tags wt JOIN tags t ON t.id = wt.tag_id WHERE NOT wt.removed"
)
_TYPES = "SELECT id, type FROM tags WHERE canonical_id IS NULL"
_LAST_SEQ = text("SELECT coalesce(max(seq), 0) FROM search_changes")
_CHANGES = text("SELECT seq, work_id FROM search_changes WHERE seq > :seq ORDER BY seq")
_CHUNK = 500


class TagBitmaps:
    """The works of each canonical tag as bitmaps (see the module docstring). Once
    ``ready``, use ``works_matching`` under ``lock``, after ``refresh``."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.carrying: dict[int, BitMap] = {}
        self.given: dict[int, BitMap] = {}
        self.types: dict[int, str] = {}  # canonical tag id -> tag type
        self.seq = -1  # no build yet
        self.version = 0  # counts the builds and refreshes that changed something
        self._ranked: dict[tuple[str, bool], tuple[int, list[tuple[int, int]]]] = {}

    @property
    def ready(self) -> bool:
        """Whether the bitmaps have been built."""
        return self.seq >= 0

    def _add(self, rows: Iterable[tuple[int, int, object]]) -> None:
        carrying: dict[int, list[int]] = defaultdict(list)
        given: dict[int, list[int]] = defaultdict(list)
        for root, work_id, not_inferred in rows:
            carrying[root].append(work_id)
            if not_inferred:
                given[root].append(work_id)
        for found, bitmaps in ((carrying, self.carrying), (given, self.given)):
            for root, ids in found.items():
                bitmap = bitmaps.get(root)
                if bitmap is None:
                    bitmaps[root] = BitMap(ids)
                else:
                    bitmap.update(ids)

    def build(self, conn: Connection) -> None:
        """Load every live link afresh."""
        seq = int(conn.execute(_LAST_SEQ).scalar_one())  # first: later changes re-apply
        self.carrying, self.given = {}, {}
        self.types = {int(tag_id): str(tag_type) for tag_id, tag_type in conn.execute(text(_TYPES))}
        self._add(conn.exec_driver_sql(_LINKS))
        self._learn_types(conn)
        self.seq = seq
        self.version += 1

    def refresh(self, conn: Connection) -> None:
        """Apply the changes logged since the last build or refresh (or build them)."""
        if not self.ready:
            self.build(conn)
            return
        changes = conn.execute(_CHANGES, {"seq": self.seq}).all()
        if not changes:
            return
        if changes[0].seq != self.seq + 1 or any(c.work_id is None for c in changes):
            self.build(conn)  # pruned past us, or the synonyms changed
            return
        changed = BitMap(c.work_id for c in changes)
        for bitmaps in (self.carrying, self.given):
            for bitmap in bitmaps.values():
                bitmap.difference_update(changed)
        ids = list(changed)
        for at in range(0, len(ids), _CHUNK):
            chunk = ",".join(str(work_id) for work_id in ids[at : at + _CHUNK])
            self._add(conn.exec_driver_sql(f"{_LINKS} AND wt.work_id IN ({chunk})"))
        self._learn_types(conn)
        self.seq = changes[-1].seq
        self.version += 1

    def _learn_types(self, conn: Connection) -> None:
        """Look up the types of the canonical tags that gained works but have none yet."""
        missing = [root for root in self.carrying if root not in self.types]
        for at in range(0, len(missing), _CHUNK):
            chunk = ",".join(str(root) for root in missing[at : at + _CHUNK])
            rows = conn.exec_driver_sql(f"SELECT id, type FROM tags WHERE id IN ({chunk})")
            self.types.update((int(tag_id), str(tag_type)) for tag_id, tag_type in rows)

    def ranked(self, tag_type: str, given_only: bool = False) -> list[tuple[int, int]]:
        """Return the canonical tags of ``tag_type`` that some work carries (through a link
        that is not inferred, with ``given_only``), most carried first, as (tag id, works)
        pairs; worked out again only after the bitmaps changed."""
        cached = self._ranked.get((tag_type, given_only))
        if cached is not None and cached[0] == self.version:
            return cached[1]
        bitmaps = self.given if given_only else self.carrying
        found = [
            (root, len(bitmap))
            for root, bitmap in bitmaps.items()
            if bitmap and self.types.get(root) == tag_type
        ]
        found.sort(key=lambda pair: -pair[1])
        self._ranked[(tag_type, given_only)] = (self.version, found)
        return found

    def _any(self, roots: Sequence[int], given_only: bool) -> BitMap:
        bitmaps = self.given if given_only else self.carrying
        return BitMap.union(BitMap(), *(bitmaps.get(root, BitMap()) for root in roots))

    def works_matching(
        self,
        include: Sequence[Sequence[int]],
        exclude: Sequence[int],
        *,
        given_only: bool = False,
    ) -> BitMap:
        """Return the works carrying a tag of every group of canonical ids in ``include``
        (through a link that is not inferred, with ``given_only``) and none of the tags
        ``exclude`` (through any live link). ``include`` must not be empty."""
        groups = sorted((self._any(roots, given_only) for roots in include), key=len)
        found = BitMap(groups[0])
        for group in groups[1:]:
            found.intersection_update(group)
            if not found:
                return found
        if exclude:
            found.difference_update(self._any(exclude, False))
        return found


_BY_ENGINE: WeakKeyDictionary[Engine, TagBitmaps] = WeakKeyDictionary()
_REGISTRY_LOCK = threading.Lock()


def tag_bitmaps(engine: Engine) -> TagBitmaps:
    """Return the bitmaps kept for the database behind ``engine`` (made empty on first use;
    ``refresh`` fills them)."""
    with _REGISTRY_LOCK:
        found = _BY_ENGINE.get(engine)
        if found is None:
            found = _BY_ENGINE[engine] = TagBitmaps()
        return found


def warm_tag_bitmaps(engine: Engine) -> TagBitmaps:
    """Build (or bring up to date) the bitmaps of the SQLite database behind ``engine`` and
    return them; searches use them from then on."""
    bitmaps = tag_bitmaps(engine)
    with bitmaps.lock, engine.connect() as conn:
        bitmaps.refresh(conn)
    return bitmaps
