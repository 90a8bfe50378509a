"""The queries of the library's reconciliation (``ficshelf.library``): batched reads of
fandom and character links across works, and the writes of library-made fandom links.

A link the library makes is an ``inferred`` row of ``work_tags`` plus a row of
``library_links`` naming it, so that the library can tell its own fandoms from the
pipeline's (only the latter are evidence for other works) and replace them on the next run.
Saving a work again deletes its inferred links, and with them (by cascade) their
``library_links`` rows. A work's *own* fandoms are its fandom links that a file, a person or
the pipeline gave (not removed, not made by the library).

Every function takes an open connection; the caller owns the transaction, and raises only
database errors (``sqlalchemy.exc.SQLAlchemyError``). Lists of ids go to the database in
chunks of ``CHUNK`` (``chunked``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Connection, and_, delete, exists, func, insert, or_, select

from ficshelf.model import Provenance, TagRecord, TagType
from ficshelf.store import schema
from ficshelf.store.reindex import reindex
from ficshelf.store.tags import get_or_create_tags

CHUNK = 500
LIKE_CHUNK = 50  # keys a tag key is matched against in one query (``key_contains_any``)
_Key = TypeVar("_Key", int, str)

_tags = schema.tags
_links = schema.work_tags
_made = schema.library_links


@dataclass(frozen=True, slots=True)
class FandomLink:
    """A fandom on a work: the fandom's canonical name, the link's provenance and
    confidence, and whether the library made it."""

    work_id: int
    name: str
    provenance: Provenance
    confidence: float | None
    by_library: bool


@dataclass(frozen=True, slots=True)
class CharacterLink:
    """A character on a work: the character tag, its canonical tag (id and name: its own
    when it has none), the link's confidence and evidence spans."""

    work_id: int
    tag_id: int
    name: str
    canonical_id: int
    canonical: str
    confidence: float | None
    evidence: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class CharacterTag:
    """A character tag as the synonym finder sees it: whether it already names a canonical
    tag, whether other tags name it, how many works of each own fandom carry it, and the
    name of its canonical tag (``None`` when it has none)."""

    tag_id: int
    name: str
    has_canonical: bool
    has_synonyms: bool
    fandoms: Mapping[str, int]
    canonical: str | None = None


def of_type(table: Any, tag_type: TagType) -> Any:
    """Return ``table.type == tag_type``, written so that the database does not pick the
    (type, name_key) index to drive the query: looking links up by work or tag id is what
    keeps these queries proportional to the works asked about, not to the library."""
    return func.coalesce(table.c.type, "") == tag_type.value


def chunked(values: Iterable[_Key]) -> Iterator[list[_Key]]:
    """Yield the distinct ``values`` (ids or tag keys), ascending, in lists of at most
    ``CHUNK``: what one ``IN (...)`` of these queries holds."""
    ordered = sorted(set(values))
    for at in range(0, len(ordered), CHUNK):
        yield ordered[at : at + CHUNK]


def rows_of_works(conn: Connection, query: Any, work_ids: Sequence[int] | None) -> list[Any]:
    """Return the rows of ``query`` (a select over ``work_tags`` links) for the links of
    ``work_ids``, asked in chunks, or for every work's links when ``work_ids`` is ``None``."""
    if work_ids is None:
        return list(conn.execute(query).all())
    rows: list[Any] = []
    for chunk in chunked(work_ids):
        rows.extend(conn.execute(query.where(_links.c.work_id.in_(chunk))).all())
    return rows


def fandom_links(conn: Connection, work_ids: Sequence[int] | None = None) -> list[FandomLink]:
    """Return the fandom links (not removed) of the given works, or of every work."""
    canonical = _tags.alias("canonical")
    query = (
        select(
            _links.c.work_id,
            func.coalesce(canonical.c.name, _tags.c.name),
            _links.c.provenance,
            _links.c.confidence,
            _made.c.work_id.is_not(None),
        )
        .select_from(
            _links.join(_tags, _tags.c.id == _links.c.tag_id)
            .outerjoin(canonical, canonical.c.id == _tags.c.canonical_id)
            .outerjoin(
                _made, and_(_made.c.work_id == _links.c.work_id, _made.c.tag_id == _links.c.tag_id)
            )
        )
        .where(of_type(_tags, TagType.FANDOM), _links.c.removed.is_(False))
    )
    return [
        FandomLink(int(w), str(name), Provenance(prov), conf, bool(made))
        for w, name, prov, conf, made in rows_of_works(conn, query, work_ids)
    ]


def character_links(conn: Connection, work_ids: Sequence[int] | None = None) -> list[CharacterLink]:
    """Return the character links (not removed) of the given works, or of every work."""
    canonical = _tags.alias("canonical")
    query = (
        select(
            _links.c.work_id,
            _tags.c.id,
            _tags.c.name,
            func.coalesce(_tags.c.canonical_id, _tags.c.id),
            func.coalesce(canonical.c.name, _tags.c.name),
            _links.c.confidence,
            _links.c.evidence,
        )
        .select_from(
            _links.join(_tags, _tags.c.id == _links.c.tag_id).outerjoin(
                canonical, canonical.c.id == _tags.c.canonical_id
            )
        )
        .where(of_type(_tags, TagType.CHARACTER), _links.c.removed.is_(False))
    )
    found = []
    for w, tag_id, name, canonical_id, canonical_name, conf, evidence in rows_of_works(
        conn, query, work_ids
    ):
        spans = tuple((int(s), int(e)) for s, e in evidence or ())
        found.append(
            CharacterLink(int(w), int(tag_id), name, int(canonical_id), canonical_name, conf, spans)
        )
    return found


def _synonym_ids(chunk: Sequence[int]) -> Any:
    """A subquery of the tag ids of the given canonical tags and of their synonyms (through
    the primary key and the canonical-id index, so the links can be found by tag id)."""
    return select(_tags.c.id).where(_tags.c.id.in_(chunk) | _tags.c.canonical_id.in_(chunk))


def own_fandoms(conn: Connection, work_ids: Iterable[int]) -> dict[int, set[str]]:
    """Return the own fandoms (canonical names) of each of ``work_ids`` that has one."""
    own: dict[int, set[str]] = defaultdict(set)
    for link in fandom_links(conn, sorted(set(work_ids))):
        if not link.by_library:
            own[link.work_id].add(link.name)
    return own


def character_fandom_counts(
    conn: Connection, canonical_ids: Iterable[int]
) -> dict[int, dict[str, int]]:
    """Return, per canonical character tag, how many works of each own fandom carry it
    (through the tag itself or any of its synonyms)."""
    char = func.coalesce(_tags.c.canonical_id, _tags.c.id)
    carriers: set[tuple[int, int]] = set()
    for chunk in chunked(canonical_ids):
        query = (
            select(_links.c.work_id, char)
            .select_from(_links.join(_tags, _tags.c.id == _links.c.tag_id))
            .where(
                _links.c.tag_id.in_(_synonym_ids(chunk)),
                of_type(_tags, TagType.CHARACTER),
                _links.c.removed.is_(False),
            )
        )
        carriers.update((int(w), int(c)) for w, c in conn.execute(query))
    own = own_fandoms(conn, (w for w, _ in carriers))
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for work_id, char_id in carriers:
        for fandom in own.get(work_id, ()):
            counts[char_id][fandom] = counts[char_id].get(fandom, 0) + 1
    return dict(counts)


def fandomless_works_with(
    conn: Connection, canonical_ids: Iterable[int], *, exclude: Collection[int], limit: int
) -> list[int]:
    """Return up to ``limit`` works (newest first, none of ``exclude``) with no own fandom
    that carry one of the given characters (by canonical tag)."""
    fandom_link = _links.alias("fandom_link")
    fandom = _tags.alias("fandom")
    has_own = (
        exists()
        .where(
            fandom_link.c.work_id == _links.c.work_id,
            fandom_link.c.removed.is_(False),
            fandom.c.id == fandom_link.c.tag_id,
            fandom.c.type == TagType.FANDOM.value,
        )
        .where(
            ~exists().where(
                _made.c.work_id == fandom_link.c.work_id, _made.c.tag_id == fandom_link.c.tag_id
            )
        )
    )
    found: set[int] = set()
    for chunk in chunked(canonical_ids):
        query = (
            select(_links.c.work_id)
            .distinct()
            .select_from(_links.join(_tags, _tags.c.id == _links.c.tag_id))
            .where(
                _links.c.tag_id.in_(_synonym_ids(chunk)),
                _links.c.work_id.not_in(sorted(exclude)),
                _links.c.removed.is_(False),
                ~has_own,
            )
            .order_by(_links.c.work_id.desc())
            .limit(limit)
        )
        found.update(int(w) for w in conn.execute(query).scalars())
    return sorted(found, reverse=True)[:limit]


def all_work_ids(conn: Connection) -> list[int]:
    """Return the id of every work, ascending."""
    query = select(schema.works.c.id).order_by(schema.works.c.id)
    return [int(w) for w in conn.execute(query).scalars()]


def replace_library_fandoms(conn: Connection, fandoms: Mapping[int, Sequence[TagRecord]]) -> int:
    """Replace the library-made fandom links of each work in ``fandoms`` (a work mapped to
    an empty list loses them). A fandom the work already has in any other way, or that a
    person took off it, is left alone. Returns the number of links made."""
    made_here = exists().where(
        _made.c.work_id == _links.c.work_id, _made.c.tag_id == _links.c.tag_id
    )
    before: set[tuple[int, int]] = set()  # the library's links as they were
    for chunk in chunked(fandoms):
        had = select(_made.c.work_id, _made.c.tag_id).where(_made.c.work_id.in_(chunk))
        before.update((int(w), int(t)) for w, t in conn.execute(had))
        conn.execute(delete(_links).where(_links.c.work_id.in_(chunk), made_here))
        conn.execute(delete(_made).where(_made.c.work_id.in_(chunk)))  # if no cascade ran
    records = [(w, r) for w, found in fandoms.items() for r in found]
    if not records:
        _reindex(conn, {work_id for work_id, _ in before})
        return 0
    ids = get_or_create_tags(conn, [(r.type, r.name) for _, r in records])
    taken: set[tuple[int, int]] = set()
    for chunk in chunked(fandoms):
        existing = select(_links.c.work_id, _links.c.tag_id).where(_links.c.work_id.in_(chunk))
        taken.update((int(w), int(t)) for w, t in conn.execute(existing))
    rows = []
    after: set[tuple[int, int]] = set()
    for work_id, record in records:
        key = (work_id, ids[(record.type, record.name)])
        if key in taken:
            continue
        taken.add(key)
        after.add(key)
        rows.append(
            {
                "work_id": work_id,
                "tag_id": key[1],
                "provenance": Provenance.INFERRED.value,
                "confidence": record.confidence,
                "evidence": [list(span) for span in record.evidence],
                "removed": False,
            }
        )
    if rows:
        conn.execute(insert(_links), rows)
        conn.execute(
            insert(_made), [{"work_id": r["work_id"], "tag_id": r["tag_id"]} for r in rows]
        )
    # Only works whose links really changed get new search documents: re-inferring the
    # same fandom (the common case after an import) leaves the index alone.
    _reindex(conn, {work_id for work_id, _ in before ^ after})
    return len(rows)


def _reindex(conn: Connection, work_ids: Iterable[int]) -> None:
    """Rewrite the search documents of ``work_ids``, whose tags the library changed (once
    per batch inside ``store.reindex.deferred_reindex``)."""
    reindex(conn, work_ids)


def _tag_ids_in(conn: Connection, fandoms: Sequence[str]) -> list[int]:
    """The character tags on works whose own fandoms include one of the given fandoms (by
    canonical name; a tag a person took off a work does not count, as in
    ``character_tags``), found through the indexes: fandom tags, then their works, then those
    works' character tags."""
    canonical = _tags.alias("canonical")
    fandom_ids = (
        select(_tags.c.id)
        .select_from(_tags.outerjoin(canonical, canonical.c.id == _tags.c.canonical_id))
        .where(
            _tags.c.type == TagType.FANDOM.value,
            func.coalesce(canonical.c.name, _tags.c.name).in_(list(fandoms)),
        )
    )
    by_library = exists().where(
        _made.c.work_id == _links.c.work_id, _made.c.tag_id == _links.c.tag_id
    )
    works = (
        select(_links.c.work_id)
        .where(_links.c.tag_id.in_(fandom_ids), _links.c.removed.is_(False), ~by_library)
        .distinct()
    )
    work_ids = [int(w) for w in conn.execute(works).scalars()]
    tag_ids: set[int] = set()
    for chunk in chunked(work_ids):
        query = (
            select(_links.c.tag_id)
            .distinct()
            .select_from(_links.join(_tags, _tags.c.id == _links.c.tag_id))
            .where(
                _links.c.work_id.in_(chunk),
                of_type(_tags, TagType.CHARACTER),
                _links.c.removed.is_(False),
            )
        )
        tag_ids.update(int(t) for t in conn.execute(query).scalars())
    return sorted(tag_ids)


_TagRow = tuple[int, str, bool, bool, str | None]


def _tag_rows(conn: Connection, tag_ids: Iterable[int]) -> list[_TagRow]:
    """(id, name, names a canonical tag, is named by others, canonical name) of each tag."""
    canonical = _tags.alias("canonical")
    rows: list[_TagRow] = []
    for chunk in chunked(tag_ids):
        found = conn.execute(
            select(_tags.c.id, _tags.c.name, canonical.c.name)
            .select_from(_tags.outerjoin(canonical, canonical.c.id == _tags.c.canonical_id))
            .where(_tags.c.id.in_(chunk))
        ).all()
        named = select(_tags.c.canonical_id).where(_tags.c.canonical_id.in_(chunk)).distinct()
        targets = {int(t) for t in conn.execute(named).scalars()}
        rows.extend(
            (int(i), str(n), c is not None, int(i) in targets, None if c is None else str(c))
            for i, n, c in found
        )
    return sorted(rows, key=lambda row: row[0])


def character_tags(conn: Connection) -> list[CharacterTag]:
    """Return every character tag on a work with an own fandom, with its works counted per
    own fandom (the fandoms the library inferred do not count)."""
    carried = [(c.work_id, c.tag_id) for c in character_links(conn)]
    work_fandoms: dict[int, set[str]] = defaultdict(set)
    for link in fandom_links(conn):
        if not link.by_library:
            work_fandoms[link.work_id].add(link.name)
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for work_id, tag_id in carried:
        for fandom in work_fandoms.get(work_id, ()):
            counts[tag_id][fandom] = counts[tag_id].get(fandom, 0) + 1
    return [
        CharacterTag(i, name, has_canonical, has_synonyms, counts[i], canonical)
        for i, name, has_canonical, has_synonyms, canonical in _tag_rows(conn, counts)
    ]


def fandom_character_tags(conn: Connection, fandoms: Sequence[str]) -> list[CharacterTag]:
    """Return the character tags on works whose own fandoms include one of the given
    fandoms, without their fandom counts (``fandoms`` empty)."""
    return [
        CharacterTag(i, name, has_canonical, has_synonyms, {}, canonical)
        for i, name, has_canonical, has_synonyms, canonical in _tag_rows(
            conn, _tag_ids_in(conn, fandoms)
        )
    ]


def fandom_tags(conn: Connection) -> list[tuple[str, bool]]:
    """Return every fandom tag's name, with whether it already names a canonical tag."""
    query = select(_tags.c.name, _tags.c.canonical_id).where(_tags.c.type == TagType.FANDOM.value)
    return [(str(name), canonical is not None) for name, canonical in conn.execute(query)]


def key_contains_any(keys: Collection[str]) -> Iterator[Any]:
    """Yield, for the distinct ``keys`` (``store.tags.tag_key`` of names) in lists of
    ``LIKE_CHUNK``, the condition that a tag's key contains one of them: a ``LIKE`` each,
    which no index serves, so the lists are short."""
    ordered = sorted(set(keys))
    for at in range(0, len(ordered), LIKE_CHUNK):
        chunk = ordered[at : at + LIKE_CHUNK]
        yield or_(*(_tags.c.name_key.contains(key, autoescape=True) for key in chunk))


def relationship_tags_naming(conn: Connection, keys: Collection[str]) -> list[str]:
    """Return the names of the relationship tags, no synonym themselves, whose key
    (``tags.name_key``) contains one of ``keys`` (character tag keys), sorted."""
    found: set[str] = set()
    for contains in key_contains_any(keys):
        query = select(_tags.c.name).where(
            _tags.c.type == TagType.RELATIONSHIP.value, _tags.c.canonical_id.is_(None), contains
        )
        found.update(str(name) for name in conn.execute(query).scalars())
    return sorted(found)
