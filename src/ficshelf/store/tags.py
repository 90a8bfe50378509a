"""Tags, synonyms, and the links between tags and works.

A tag is unique per type case-insensitively: ``name_key`` is the name with whitespace
collapsed, NFKC-normalised and casefolded, and the first spelling seen is kept as ``name``.
A tag may name a canonical tag ("Jo March" → "Josephine March"); the store keeps that flat,
so a synonym always points straight at a tag that is itself canonical.

A link (``work_tags``) has a provenance: ``editor`` (a person) beats ``author`` (the file)
beats ``inferred`` (the pipeline). Saving a work replaces only its author and inferred links;
an editor row, including one with ``removed`` set (a person took the tag off), is never
overwritten, so a removed tag stays off however often the pipeline infers it again, under
any synonym of it, and so does an inferred relationship tag naming a character a person took
off.

A link with ``removed`` set does not count anywhere (pages, JSON, filters, facets, "more
like this"). On an editor row it records that a person took the tag off; on an author or
inferred row of a single-valued type (``vocabulary.SINGLE_VALUED_TYPES``: rating, pov,
tense) it records that a person's value of that type is the work's value: the file's and
the inferred values stay stored, set aside, and count again once the person's value is
taken off (``settle_single_values``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)

from ficshelf.errors import NotFound, StoreError
from ficshelf.model import Provenance, TagRecord, TagType
from ficshelf.pairings import left_out_character, left_out_pairing
from ficshelf.similar import refresh_work
from ficshelf.store import schema
from ficshelf.store.pairing_links import drop_pairings_of_removed, removed_characters
from ficshelf.store.portable import fit, insert_new
from ficshelf.store.reindex import reindex
from ficshelf.store.search_index import index_work, record_change
from ficshelf.vocabulary import SINGLE_VALUED_TYPES

_CHUNK = 500
_RANK = {Provenance.EDITOR: 0, Provenance.AUTHOR: 1, Provenance.INFERRED: 2}
_TYPE_ORDER = {tag_type: index for index, tag_type in enumerate(TagType)}
_MAX_CHAIN = 64

TagKey = tuple[str, str]  # (type, name_key) as stored


@dataclass(frozen=True, slots=True)
class WorkTagRow:
    """A tag on a work as stored: ``canonical`` is the canonical tag's name (the tag's own
    name when it has none); ``removed`` is set on an editor row that takes the tag off and
    on a file's or inferred row a person's value of its single-valued type sets aside."""

    tag_id: int
    type: TagType
    name: str
    canonical: str
    provenance: Provenance
    confidence: float | None
    evidence: tuple[tuple[int, int], ...]
    removed: bool = False


def tidy_tag_name(name: str) -> str:
    """Return ``name`` with runs of whitespace collapsed to one space, cut to the column width."""
    return fit(" ".join(name.split()), schema.tags.c.name).rstrip()


def tag_key(name: str) -> str:
    """Return the key two spellings of one tag share: ``name`` tidied, NFKC-normalised and
    casefolded ("Jo  March" and "jo march" share "jo march")."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())
    return fit(" ".join(folded.split()), schema.tags.c.name_key).rstrip()


_LAST_CHAR = "\U0010ffff"


def name_key_prefix(conn: Connection, key: str) -> ColumnElement[bool]:
    """Return the condition that a tag's ``name_key`` starts with ``key`` (a ``tag_key``),
    in a form the database answers from its index on ``name_key``."""
    if conn.dialect.name == "postgresql":
        escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return schema.tags.c.name_key.like(escaped + "%", escape="\\")
    # A range on the indexed key, then an exact check (SQLite's LIKE ignores case and the
    # index alike).
    return (
        (schema.tags.c.name_key >= key)
        & (schema.tags.c.name_key < key + _LAST_CHAR)
        & (func.substr(schema.tags.c.name_key, 1, len(key)) == key)
    )


# Both columns of the (type, name_key) unique index, so it is an index lookup. Built once:
# this runs for every work saved.
_FIND_TAGS = select(schema.tags.c.type, schema.tags.c.name_key, schema.tags.c.id).where(
    schema.tags.c.type.in_(bindparam("types", expanding=True)),
    schema.tags.c.name_key.in_(bindparam("keys", expanding=True)),
)


def _tag_ids(conn: Connection, keys: Iterable[TagKey]) -> dict[TagKey, int]:
    wanted = set(keys)
    found: dict[TagKey, int] = {}
    types = sorted({tag_type for tag_type, _ in wanted})
    names = sorted({name_key for _, name_key in wanted})
    for at in range(0, len(names), _CHUNK):
        chunk = {"types": types, "keys": names[at : at + _CHUNK]}
        for tag_type, name_key, tag_id in conn.execute(_FIND_TAGS, chunk):
            if (tag_type, name_key) in wanted:
                found[(tag_type, name_key)] = tag_id
    return found


def get_or_create_tags(
    conn: Connection, tags: Iterable[tuple[TagType, str]]
) -> dict[tuple[TagType, str], int]:
    """Return the tag id of each ``(type, name)`` pair, adding the tags not stored yet.

    Keys are the pairs as given; spellings that differ only in case or spacing get the same
    id. Raises ``ValueError`` for a blank name or an unknown type, ``StoreError`` if a tag
    could not be found even after inserting it.
    """
    keys: dict[tuple[TagType, str], TagKey] = {}
    spelling: dict[TagKey, str] = {}
    for tag_type, name in tags:
        tidy = tidy_tag_name(name)
        if not tidy:
            raise ValueError(f"blank {tag_type} tag name")
        key = (TagType(tag_type).value, tag_key(tidy))
        keys[(tag_type, name)] = key
        spelling.setdefault(key, tidy)
    ids = _tag_ids(conn, spelling)
    # Sorted, so that concurrent writers take the unique-key locks in the same order.
    missing = sorted(key for key in spelling if key not in ids)
    if missing:
        insert_new(
            conn,
            schema.tags,
            [{"type": t, "name": spelling[(t, k)], "name_key": k} for t, k in missing],
            unique=[schema.tags.c.type, schema.tags.c.name_key],
        )
        ids.update(_tag_ids(conn, missing))
    lost = [key for key in missing if key not in ids]
    if lost:
        raise StoreError(f"tags vanished while being added: {lost}")
    return {pair: ids[key] for pair, key in keys.items()}


def canonical_tag_id(conn: Connection, tag_id: int) -> int:
    """Return the id of the canonical tag of ``tag_id`` (``tag_id`` itself when it has none).

    Raises ``NotFound`` if there is no such tag, ``StoreError`` on a cycle of synonyms.
    """
    current = tag_id
    for _ in range(_MAX_CHAIN):
        row = conn.execute(
            select(schema.tags.c.canonical_id).where(schema.tags.c.id == current)
        ).one_or_none()
        if row is None:
            raise NotFound(f"no tag {current}")
        if row.canonical_id is None:
            return current
        current = row.canonical_id
    raise StoreError(f"tag {tag_id} is in a cycle of synonyms")


def set_canonical(
    conn: Connection, synonym: tuple[TagType, str], canonical: tuple[TagType, str]
) -> None:
    """Make ``synonym`` a synonym of ``canonical`` (adding either tag if it is new).

    The synonym's own synonyms follow it. When ``canonical`` was a synonym of ``synonym``, the
    two swap places; when both name the same tag, that tag becomes canonical itself again.
    The search documents of the works carrying a tag whose canonical tag changed are
    rewritten, and so are the tag features of their "more like this" signatures
    (``store.reindex``), so a search by the canonical name finds them at once and the two
    spellings count as one tag in recommendations; when nothing changes, nothing is
    written. Raises ``ValueError`` when the two tags are of different types.
    """
    if TagType(synonym[0]) != TagType(canonical[0]):
        raise ValueError(f"a {synonym[0]} tag cannot be a synonym of a {canonical[0]} tag")
    ids = get_or_create_tags(conn, [synonym, canonical])
    synonym_id, canonical_id = ids[synonym], ids[canonical]
    tags = schema.tags
    before = _canonical_ids(conn, {synonym_id, canonical_id})
    after = dict(before)
    root: int | None = None
    swap = False
    if synonym_id == canonical_id:
        after[synonym_id] = None
    else:
        root = canonical_tag_id(conn, canonical_id)
        if root == synonym_id:
            root, swap = canonical_id, True
            after[canonical_id] = None
        for tag_id, was in before.items():
            if tag_id != root and (tag_id == synonym_id or was == synonym_id):
                after[tag_id] = root
    changed = sorted(tag_id for tag_id in after if after[tag_id] != before[tag_id])
    if not changed:
        return
    record_change(conn, None)  # which tag a link counts as may change for any work
    if root is None:
        conn.execute(update(tags).where(tags.c.id == synonym_id).values(canonical_id=None))
    else:
        if swap:
            conn.execute(update(tags).where(tags.c.id == canonical_id).values(canonical_id=None))
        conn.execute(
            update(tags)
            .where((tags.c.id == synonym_id) | (tags.c.canonical_id == synonym_id))
            .values(canonical_id=root)
        )
    reindex(conn, works_carrying(conn, changed))


def _canonical_ids(conn: Connection, tag_ids: set[int]) -> dict[int, int | None]:
    """The canonical id (``None``: canonical itself) of each of ``tag_ids`` and of every tag
    naming one of them."""
    tags = schema.tags
    wanted = sorted(tag_ids)
    rows = conn.execute(
        select(tags.c.id, tags.c.canonical_id).where(
            tags.c.id.in_(wanted) | tags.c.canonical_id.in_(wanted)
        )
    )
    return {int(tag_id): None if root is None else int(root) for tag_id, root in rows}


def works_carrying(conn: Connection, tag_ids: Sequence[int]) -> list[int]:
    """Return the ids of the works linked to any of ``tag_ids`` (links a person removed
    do not count), ascending."""
    links = schema.work_tags
    found: set[int] = set()
    ordered = sorted(set(tag_ids))
    for at in range(0, len(ordered), _CHUNK):
        query = select(links.c.work_id).where(
            links.c.tag_id.in_(ordered[at : at + _CHUNK]), links.c.removed.is_(False)
        )
        found.update(int(work_id) for work_id in conn.execute(query.distinct()).scalars())
    return sorted(found)


def _merge(
    records: Sequence[TagRecord], ids: dict[tuple[TagType, str], int]
) -> dict[int, dict[str, Any]]:
    """One link per tag: the best provenance, the highest confidence, all the evidence (and
    every source)."""
    merged: dict[int, dict[str, Any]] = {}
    for record in records:
        tag_id = ids[(record.type, record.name)]
        spans = {(start, end) for start, end in record.evidence}
        link = merged.get(tag_id)
        if link is None:
            merged[tag_id] = {
                "provenance": record.provenance,
                "confidence": record.confidence,
                "evidence": spans,
                "sources": list(record.sources),
            }
            continue
        if _RANK[record.provenance] < _RANK[link["provenance"]]:
            link["provenance"] = record.provenance
        if record.confidence is not None and (
            link["confidence"] is None or record.confidence > link["confidence"]
        ):
            link["confidence"] = record.confidence
        link["evidence"] |= spans
        link["sources"] += [s for s in record.sources if s not in link["sources"]]
    return merged


def set_pipeline_tags(
    conn: Connection, work_id: int, records: Sequence[TagRecord], *, new: bool = False
) -> None:
    """Replace the author and inferred links of work ``work_id`` with ``records``.

    Records naming one tag (in any spelling) become one link, with the best provenance, the
    highest confidence and every evidence span. Editor links already on the work are kept
    as they are and win over any record for the same tag or a synonym of it; a person's
    value of a single-valued type sets the records of that type aside
    (``settle_single_values``). The inferred tags the archive does not keep are left out
    (``pairings``: the unnamed narrator, a described person such as "the ferryman", and a
    pairing of either or of a character a person took off the work, whose edit wins). ``new`` says
    the work has no links yet (saves two statements). Raises ``ValueError`` for a blank tag
    name.
    """
    links = schema.work_tags
    removed: set[str] = set()
    if not new:
        conn.execute(
            delete(links).where(links.c.work_id == work_id, links.c.provenance != "editor")
        )
        removed = removed_characters(conn, [work_id]).get(work_id, set())
    records = [r for r in records if not _left_out(r, removed)]
    if not records:
        return
    merged = _merge(records, get_or_create_tags(conn, [(r.type, r.name) for r in records]))
    edited: list[int] = []
    if not new:
        edited = list(
            conn.execute(select(links.c.tag_id).where(links.c.work_id == work_id)).scalars()
        )
    if edited:
        roots = _root_ids(conn, [*edited, *merged])
        held = {roots[tag_id] for tag_id in edited}
        for tag_id in [tag_id for tag_id in merged if roots[tag_id] in held]:
            del merged[tag_id]
    if not merged:
        return
    rows = [
        {
            "work_id": work_id,
            "tag_id": tag_id,
            "provenance": link["provenance"].value,
            "confidence": link["confidence"],
            "evidence": [list(span) for span in sorted(link["evidence"])],
            "removed": False,
            "sources": link["sources"] or None,
        }
        for tag_id, link in sorted(merged.items())
    ]
    conn.execute(insert(links), rows)
    if edited:
        settle_single_values(conn, work_id)


def _root_ids(conn: Connection, tag_ids: Iterable[int]) -> dict[int, int]:
    """The canonical tag id of each of ``tag_ids`` (its own id when it has none)."""
    wanted = sorted(set(tag_ids))
    found: dict[int, int] = {}
    tags = schema.tags
    for at in range(0, len(wanted), _CHUNK):
        rows = conn.execute(
            select(tags.c.id, func.coalesce(tags.c.canonical_id, tags.c.id)).where(
                tags.c.id.in_(wanted[at : at + _CHUNK])
            )
        )
        found.update((int(tag_id), int(root)) for tag_id, root in rows)
    return found


def settle_single_values(conn: Connection, work_id: int, chosen: Collection[int] = ()) -> None:
    """Make a person's value of each single-valued type (``vocabulary.SINGLE_VALUED_TYPES``)
    the work's only value of it: the person's other values of a type among ``chosen`` (tag
    ids a person just put on) are taken off, and the file's and inferred links of a type a
    person gave a value are set aside (``removed``), those of a type with none counting
    again. Writes only the links that change; raises only database errors."""
    links, tags = schema.work_tags, schema.tags
    rows = conn.execute(
        select(
            links.c.tag_id,
            links.c.provenance,
            links.c.removed,
            tags.c.type,
            func.coalesce(tags.c.canonical_id, tags.c.id),
        )
        .select_from(links.join(tags, tags.c.id == links.c.tag_id))
        .where(
            links.c.work_id == work_id,
            tags.c.type.in_(sorted(tag_type.value for tag_type in SINGLE_VALUED_TYPES)),
        )
    ).all()
    picked = {(tag_type, root) for tag_id, _, _, tag_type, root in rows if tag_id in chosen}
    picked_types = {tag_type for tag_type, _ in picked}
    wanted: dict[int, bool] = {}
    for tag_id, provenance, removed, tag_type, root in rows:
        if provenance == Provenance.EDITOR.value:
            replaced = tag_type in picked_types and (tag_type, root) not in picked
            wanted[tag_id] = bool(removed) or replaced
    valued = {
        tag_type
        for tag_id, provenance, _, tag_type, _ in rows
        if provenance == Provenance.EDITOR.value and not wanted[tag_id]
    }
    for tag_id, provenance, _, tag_type, _ in rows:
        if provenance != Provenance.EDITOR.value:
            wanted[tag_id] = tag_type in valued
    changed = [tag_id for tag_id, _, removed, _, _ in rows if bool(removed) != wanted[tag_id]]
    for tag_id in changed:
        conn.execute(
            update(links)
            .where(links.c.work_id == work_id, links.c.tag_id == tag_id)
            .values(removed=wanted[tag_id])
        )


def _left_out(record: TagRecord, removed: set[str]) -> bool:
    """Whether the archive keeps no link for the inferred ``record`` (``pairings``): a
    character tag of the unnamed narrator or a described person, a pairing of either or of
    one of the ``removed`` people."""
    if record.provenance != Provenance.INFERRED:
        return False
    if record.type == TagType.CHARACTER:
        return left_out_character(record.name)
    return record.type == TagType.RELATIONSHIP and left_out_pairing(record.name, removed)


def set_editor_tag(
    conn: Connection,
    work_id: int,
    type: TagType,
    name: str,
    *,
    removed: bool = False,
    now: datetime | None = None,
) -> None:
    """Record that a person put tag ``(type, name)`` on work ``work_id`` or, with ``removed``,
    took it off (``set_editor_links``). Raises ``NotFound`` if there is no such work,
    ``ValueError`` for a blank tag name."""
    _touch(conn, work_id, now)
    tag_id = get_or_create_tags(conn, [(type, name)])[(type, name)]
    set_editor_links(conn, work_id, [tag_id], removed=removed, now=now)


def _touch(conn: Connection, work_id: int, now: datetime | None) -> None:
    works = schema.works
    touched = conn.execute(
        update(works).where(works.c.id == work_id).values(modified_at=now or datetime.now(UTC))
    ).rowcount
    if not touched:
        raise NotFound(f"no work {work_id}")


def set_editor_links(
    conn: Connection,
    work_id: int,
    tag_ids: Sequence[int],
    *,
    removed: bool = False,
    now: datetime | None = None,
) -> None:
    """Record that a person put the tags ``tag_ids`` on work ``work_id`` or, with
    ``removed``, took them off. The decision outlives every later re-import or re-analysis
    of the work.

    Each link becomes an editor link (keeping any confidence and evidence it had); a value
    put on of a single-valued type replaces the person's other values of that type and
    sets the file's and inferred ones aside (``settle_single_values``). The work's
    ``modified_at`` is set to ``now``, its search document and "more like this" signature
    are refreshed. Taking a character off also drops the work's inferred relationship tags
    that name it (``store.pairing_links``). Raises ``NotFound`` if there is no such work.
    """
    _touch(conn, work_id, now)
    links = schema.work_tags
    for tag_id in dict.fromkeys(tag_ids):
        existing = update(links).where(links.c.work_id == work_id, links.c.tag_id == tag_id)
        editor = {"provenance": Provenance.EDITOR.value, "removed": removed}
        if not conn.execute(existing.values(**editor)).rowcount:
            row = {
                "work_id": work_id,
                "tag_id": tag_id,
                "confidence": None,
                "evidence": [],
                **editor,
            }
            if not insert_new(conn, links, [row], unique=[links.c.work_id, links.c.tag_id]):
                conn.execute(existing.values(**editor))  # a concurrent save linked it meanwhile
    settle_single_values(conn, work_id, () if removed else tag_ids)
    if removed:
        drop_pairings_of_removed(conn, work_id, _character_names(conn, tag_ids))
    index_work(conn, work_id)
    refresh_work(conn, work_id)


def _character_names(conn: Connection, tag_ids: Sequence[int]) -> list[str]:
    """The names of the character tags among ``tag_ids``."""
    tags = schema.tags
    rows = conn.execute(
        select(tags.c.name).where(
            tags.c.id.in_(sorted(set(tag_ids))), tags.c.type == TagType.CHARACTER.value
        )
    )
    return [name for (name,) in rows]


def work_tags(conn: Connection, work_id: int, *, include_removed: bool = False) -> list[WorkTagRow]:
    """Return the tags on work ``work_id``, by type (in ``TagType`` order) then name.

    Tags a person took off are left out unless ``include_removed`` is set (they then come
    with ``removed`` true). Raises ``NotFound`` if there is no such work.
    """
    links, tags = schema.work_tags, schema.tags
    canonical = tags.alias("canonical")
    query = (
        select(
            tags.c.id,
            tags.c.type,
            tags.c.name,
            tags.c.name_key,
            func.coalesce(canonical.c.name, tags.c.name).label("canonical"),
            links.c.provenance,
            links.c.confidence,
            links.c.evidence,
            links.c.removed,
        )
        .select_from(
            links.join(tags, tags.c.id == links.c.tag_id).outerjoin(
                canonical, canonical.c.id == tags.c.canonical_id
            )
        )
        .where(links.c.work_id == work_id)
    )
    if not include_removed:
        query = query.where(links.c.removed.is_(False))
    rows = list(conn.execute(query).all())
    if not rows:
        exists = conn.execute(select(schema.works.c.id).where(schema.works.c.id == work_id))
        if exists.first() is None:
            raise NotFound(f"no work {work_id}")
    rows.sort(key=lambda row: (_TYPE_ORDER[TagType(row.type)], row.name_key))
    return [
        WorkTagRow(
            tag_id=row.id,
            type=TagType(row.type),
            name=row.name,
            canonical=row.canonical,
            provenance=Provenance(row.provenance),
            confidence=row.confidence,
            evidence=tuple((int(start), int(end)) for start, end in row.evidence or ()),
            removed=bool(row.removed),
        )
        for row in rows
    ]
