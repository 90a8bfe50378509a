"""The queries that keep the library's character and relationship synonyms inside their
fandom (``ficshelf.library``, "scoped synonyms").

The library never makes a bare name such as "Harry" a synonym: it makes a fandom-qualified
tag, "Harry (The Picture of Dorian Gray - Oscar Wilde)", a synonym of the canonical
("Lord Henry Wotton") and moves the link of each work of that fandom from "Harry" to the
qualified tag. The move is recorded in ``library_relinks`` with the tag the link had, so it
can be undone when the work leaves the fandom; saving the work again replaces the link (and,
by cascade, the record) and the next reconciliation moves it again. Only links a file or the
pipeline made are moved, never a person's (``editor``) link.

Every function takes an open connection; the caller owns the transaction, and raises only
database errors (``sqlalchemy.exc.SQLAlchemyError``). Lists of ids go to the database in
chunks (``store.library.chunked``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, func, insert, or_, select
from sqlalchemy import update as update_rows

from ficshelf.model import Provenance, TagType
from ficshelf.store import schema
from ficshelf.store.library import chunked, key_contains_any, of_type, rows_of_works
from ficshelf.store.reindex import reindex
from ficshelf.store.tags import tag_key

SCOPED_TYPES = (TagType.CHARACTER, TagType.RELATIONSHIP)

_tags = schema.tags
_links = schema.work_tags
_moved = schema.library_relinks


@dataclass(frozen=True, slots=True)
class ScopableLink:
    """A character or relationship link the library may move: the work, the tag it points
    at now (``tag_id``), the tag the file or the pipeline gave (``origin_id``, its name and
    whether that tag has a canonical of its own) and its type."""

    work_id: int
    tag_id: int
    origin_id: int
    origin: str
    origin_has_canonical: bool
    type: TagType

    @property
    def moved(self) -> bool:
        """Whether the library moved this link to a fandom-qualified tag."""
        return self.tag_id != self.origin_id


@dataclass(frozen=True, slots=True)
class Move:
    """Point the link of ``work_id`` at ``to_id`` instead of ``tag_id``; ``origin_id`` is
    the tag the file or the pipeline gave (equal to ``to_id`` when moving it back)."""

    work_id: int
    tag_id: int
    to_id: int
    origin_id: int


def scopable_links(conn: Connection, work_ids: Sequence[int] | None = None) -> list[ScopableLink]:
    """Return the live character and relationship links of the given works (or of every
    work) that a file or the pipeline made and that either point at a tag with no canonical
    or were moved by the library."""
    origin = _tags.alias("origin")
    origin_id = func.coalesce(_moved.c.from_tag_id, _links.c.tag_id)
    query = (
        select(
            _links.c.work_id,
            _links.c.tag_id,
            origin.c.id,
            origin.c.name,
            origin.c.canonical_id,
            origin.c.type,
        )
        .select_from(
            _links.join(_tags, _tags.c.id == _links.c.tag_id)
            .outerjoin(
                _moved,
                and_(_moved.c.work_id == _links.c.work_id, _moved.c.tag_id == _links.c.tag_id),
            )
            .join(origin, origin.c.id == origin_id)
        )
        .where(
            or_(*(of_type(_tags, t) for t in SCOPED_TYPES)),
            _links.c.removed.is_(False),
            _links.c.provenance != Provenance.EDITOR.value,
            or_(_moved.c.work_id.is_not(None), _tags.c.canonical_id.is_(None)),
        )
    )
    return [
        ScopableLink(
            int(work_id), int(tag_id), int(from_id), str(name), canonical is not None, TagType(t)
        )
        for work_id, tag_id, from_id, name, canonical, t in rows_of_works(conn, query, work_ids)
    ]


def synonym_tags(conn: Connection, tag_type: TagType, names: Collection[str]) -> dict[str, int]:
    """Return, by key (``store.tags.tag_key``), the ids of the tags of ``tag_type`` among
    ``names`` that are synonyms (have a canonical tag)."""
    found: dict[str, int] = {}
    for keys in chunked(tag_key(name) for name in names):
        query = select(_tags.c.name_key, _tags.c.id).where(
            _tags.c.type == TagType(tag_type).value,
            _tags.c.name_key.in_(keys),
            _tags.c.canonical_id.is_not(None),
        )
        found.update((str(key), int(tag_id)) for key, tag_id in conn.execute(query))
    return found


def synonym_canonicals(
    conn: Connection, tag_type: TagType, names: Collection[str]
) -> dict[str, str]:
    """Return, by key, the canonical tag's name of each tag of ``tag_type`` among ``names``
    that is a synonym ("harry (the picture of dorian gray - oscar wilde)" → "Lord Henry
    Wotton")."""
    canonical = _tags.alias("canonical")
    found: dict[str, str] = {}
    for keys in chunked(tag_key(name) for name in names):
        query = (
            select(_tags.c.name_key, canonical.c.name)
            .select_from(_tags.join(canonical, canonical.c.id == _tags.c.canonical_id))
            .where(
                _tags.c.type == TagType(tag_type).value,
                _tags.c.name_key.in_(keys),
            )
        )
        found.update((str(key), str(name)) for key, name in conn.execute(query))
    return found


def move_links(conn: Connection, moves: Sequence[Move]) -> int:
    """Carry out ``moves``: each link is pointed at its new tag and ``library_relinks``
    records (or forgets, when it goes back to its own tag) where it came from. A move onto a
    tag the work already carries is skipped, unless it is the way back: then the moved link
    goes and the other stays. The search documents and signatures of the works whose links
    changed are rewritten (a move skipped writes nothing, so reconciling again stays
    quiet). Returns the number of links moved."""
    if not moves:
        return 0
    carried: set[tuple[int, int]] = set()  # (work, tag) links already there
    wanted = {(m.work_id, m.to_id) for m in moves}
    for chunk in chunked(m.work_id for m in moves):
        query = select(_links.c.work_id, _links.c.tag_id).where(_links.c.work_id.in_(chunk))
        found = {(int(w), int(t)) for w, t in conn.execute(query)}
        carried.update(found & wanted)
    forget: list[dict[str, Any]] = []
    drop: list[dict[str, Any]] = []
    point: list[dict[str, Any]] = []
    record: list[dict[str, Any]] = []
    for move in moves:
        key = {"w": move.work_id, "old": move.tag_id}
        back = move.to_id == move.origin_id
        if (move.work_id, move.to_id) in carried:
            if back:
                forget.append(key)
                drop.append(key)
            continue
        carried.add((move.work_id, move.to_id))
        forget.append(key)
        point.append({**key, "new": move.to_id})
        if not back:
            record.append(
                {"work_id": move.work_id, "tag_id": move.to_id, "from_tag_id": move.origin_id}
            )
    match = and_(_moved.c.work_id == bindparam("w"), _moved.c.tag_id == bindparam("old"))
    link = and_(_links.c.work_id == bindparam("w"), _links.c.tag_id == bindparam("old"))
    if forget:
        conn.execute(delete(_moved).where(match), forget)
    if drop:
        conn.execute(delete(_links).where(link), drop)
    if point:
        conn.execute(update_rows(_links).where(link).values(tag_id=bindparam("new")), point)
    if record:
        conn.execute(insert(_moved), record)
    reindex(conn, {int(row["w"]) for row in (*drop, *point)})
    return len(point)


def synonyms_of_types(conn: Connection, types: Collection[TagType]) -> list[tuple[TagType, str]]:
    """Return the type and name of every tag of ``types`` that is a synonym, sorted."""
    query = select(_tags.c.type, _tags.c.name).where(
        _tags.c.type.in_([TagType(t).value for t in types]), _tags.c.canonical_id.is_not(None)
    )
    return sorted((TagType(t), str(n)) for t, n in conn.execute(query))


def relationship_links(
    conn: Connection, work_ids: Sequence[int] | None = None
) -> list[tuple[int, str]]:
    """Return ``(work id, tag name)`` of the live links of the given works (or of every
    work) to relationship tags that are no synonym themselves."""
    query = (
        select(_links.c.work_id, _tags.c.name)
        .select_from(_links.join(_tags, _tags.c.id == _links.c.tag_id))
        .where(
            of_type(_tags, TagType.RELATIONSHIP),
            _tags.c.canonical_id.is_(None),
            _links.c.removed.is_(False),
        )
    )
    return sorted({(int(w), str(n)) for w, n in rows_of_works(conn, query, work_ids)})


def works_carrying_names(conn: Connection, tag_type: TagType, names: Collection[str]) -> list[int]:
    """Return the ids of the works with a live link to a tag of ``tag_type`` named one of
    ``names`` (any spelling), ascending."""
    found: set[int] = set()
    for keys in chunked(tag_key(name) for name in names):
        ids = select(_tags.c.id).where(
            _tags.c.type == TagType(tag_type).value, _tags.c.name_key.in_(keys)
        )
        query = (
            select(_links.c.work_id)
            .where(_links.c.tag_id.in_(ids), _links.c.removed.is_(False))
            .distinct()
        )
        found.update(int(w) for w in conn.execute(query).scalars())
    return sorted(found)


def qualified_synonyms_naming(
    conn: Connection, tag_type: TagType, fandom: str, keys: Collection[str]
) -> dict[str, str]:
    """Return, by name, the canonical tag's name of each tag of ``tag_type`` that is a
    synonym qualified with ``fandom`` ("Ama Osei/Harry (Harrowgate Chronicles)") and whose
    key contains one of ``keys`` (``store.tags.tag_key`` of names)."""
    canonical = _tags.alias("canonical")
    suffix = f" ({tag_key(fandom)})"
    found: dict[str, str] = {}
    for contains in key_contains_any(keys):
        query = (
            select(_tags.c.name, canonical.c.name)
            .select_from(_tags.join(canonical, canonical.c.id == _tags.c.canonical_id))
            .where(
                _tags.c.type == TagType(tag_type).value,
                _tags.c.name_key.endswith(suffix, autoescape=True),
                contains,
            )
        )
        found.update((str(name), str(target)) for name, target in conn.execute(query))
    return found
