"""The inferred character and relationship links the archive does not keep
(``ficshelf.pairings``): the unnamed narrator, a described person ("the ferryman", "her
father"), and pairings of either or of a character a person took off the work.

Saving a work leaves them out (``store.tags.set_pipeline_tags`` reads ``removed_characters``);
a person taking a character off a work drops the pairings naming it at once
(``store.tags.set_editor_tag``); ``ficshelf reconcile`` drops those an older version stored
(``drop_left_out_links`` over the whole library). Only ``inferred`` links go: a file's
own tags and a person's stay whatever they name. A link the library moved to a
fandom-qualified tag is judged by the name the pipeline gave it (``library_relinks``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, and_, delete, or_, select

from ficshelf.model import Provenance, TagType
from ficshelf.pairings import (
    UNNAMED_NARRATOR,
    left_out_character,
    left_out_pairing,
    pairs_removed,
    person_key,
)
from ficshelf.store import schema
from ficshelf.store.reindex import reindex

_CHUNK = 500
_links = schema.work_tags
_tags = schema.tags
_relinks = schema.library_relinks
_given = schema.tags.alias("given_tag")


# Where a person's name may open in anything but an ASCII capital (a description such as
# "the ferryman", a particle, an accented capital): at the start of a tag's name or after
# a pairing's "/" or "&". Only a prefilter, the same in Python's and PostgreSQL's regular
# expressions; ``pairings`` decides.
_NOT_CAPITAL = "(^|[/&] *)[^A-Z]"


@dataclass(frozen=True, slots=True)
class PairingLink:
    """An inferred character or relationship link: the work, the tag it points at, the
    tag's type, and the name the pipeline gave it (the tag's own name unless the library
    moved it to a qualified one)."""

    work_id: int
    tag_id: int
    name: str
    type: TagType = TagType.RELATIONSHIP


def _removed_query() -> Select[Any]:
    """``(work id, tag name)`` of the character tags a person took off works."""
    return (
        select(_links.c.work_id, _tags.c.name)
        .select_from(_links.join(_tags, _tags.c.id == _links.c.tag_id))
        .where(
            _tags.c.type == TagType.CHARACTER.value,
            _links.c.provenance == Provenance.EDITOR.value,
            _links.c.removed.is_(True),
        )
    )


def removed_characters(conn: Connection, work_ids: Sequence[int]) -> dict[int, set[str]]:
    """Return, per work of ``work_ids`` that has any, the ``pairings.person_key`` of each
    character tag a person took off it. Raises only database errors."""
    found: dict[int, set[str]] = defaultdict(set)
    ordered = sorted(set(work_ids))
    for at in range(0, len(ordered), _CHUNK):
        query = _removed_query().where(_links.c.work_id.in_(ordered[at : at + _CHUNK]))
        for work_id, name in conn.execute(query):
            found[int(work_id)].add(person_key(name))
    return dict(found)


def _pairing_links(
    conn: Connection,
    work_ids: Sequence[int] | None,
    types: Sequence[TagType] = (TagType.RELATIONSHIP,),
) -> list[PairingLink]:
    """The live inferred links of ``types`` of ``work_ids`` (``None``: of the works whose
    links may be left out: a name with "narrator" in it, a name with a person opening in
    anything but an ASCII capital, or a character a person removed)."""
    query = (
        select(
            _links.c.work_id,
            _links.c.tag_id,
            _tags.c.type,
            _tags.c.name,
            _given.c.name.label("given"),
        )
        .select_from(
            _links.join(_tags, _tags.c.id == _links.c.tag_id)
            .outerjoin(
                _relinks,
                and_(_relinks.c.work_id == _links.c.work_id, _relinks.c.tag_id == _links.c.tag_id),
            )
            .outerjoin(_given, _given.c.id == _relinks.c.from_tag_id)
        )
        .where(
            _tags.c.type.in_([t.value for t in types]),
            _links.c.provenance == Provenance.INFERRED.value,
            _links.c.removed.is_(False),
        )
    )
    queries = []
    if work_ids is None:
        narrator = f"%{UNNAMED_NARRATOR.casefold()}%"
        removed_works = _removed_query().with_only_columns(_links.c.work_id)
        queries.append(
            query.where(
                or_(
                    _tags.c.name_key.like(narrator),
                    _given.c.name_key.like(narrator),
                    _tags.c.name.regexp_match(_NOT_CAPITAL),
                    _given.c.name.regexp_match(_NOT_CAPITAL),
                    _links.c.work_id.in_(removed_works),
                )
            )
        )
    else:
        ordered = sorted(set(work_ids))
        queries += [
            query.where(_links.c.work_id.in_(ordered[at : at + _CHUNK]))
            for at in range(0, len(ordered), _CHUNK)
        ]
    return [
        PairingLink(
            int(row.work_id), int(row.tag_id), str(row.given or row.name), TagType(row.type)
        )
        for q in queries
        for row in conn.execute(q)
    ]


def drop_links(conn: Connection, links: Sequence[PairingLink]) -> None:
    """Delete ``links`` (the library's records of them go with them). The caller rewrites
    the works' search documents. Raises only database errors."""
    by_work: dict[int, set[int]] = defaultdict(set)
    for link in links:
        by_work[link.work_id].add(link.tag_id)
    for work_id, tag_ids in sorted(by_work.items()):
        conn.execute(
            delete(_links).where(
                _links.c.work_id == work_id,
                _links.c.tag_id.in_(sorted(tag_ids)),
                _links.c.provenance == Provenance.INFERRED.value,
            )
        )


def drop_pairings_of_removed(conn: Connection, work_id: int, removed: Sequence[str]) -> None:
    """Delete the inferred relationship links of work ``work_id`` that name one of the
    characters ``removed`` a person just took off it (the caller rewrites its search
    document). Raises only database errors."""
    if not removed:
        return
    key = {person_key(name) for name in removed}
    drop_links(
        conn, [link for link in _pairing_links(conn, [work_id]) if pairs_removed(link.name, key)]
    )


def _left_out(link: PairingLink, removed: dict[int, set[str]]) -> bool:
    if link.type == TagType.CHARACTER:
        return left_out_character(link.name)
    return left_out_pairing(link.name, removed.get(link.work_id, ()))


def drop_left_out_links(
    conn: Connection, work_ids: Sequence[int] | None = None
) -> list[tuple[int, TagType, str]]:
    """Delete the inferred character and relationship links of ``work_ids`` (``None``: of
    every work) that ``pairings.left_out_character`` or ``pairings.left_out_pairing``
    leaves out, rewrite those works' search documents and signatures, and return ``(work
    id, tag type, tag name)`` of each link dropped, in order. Raises only database
    errors."""
    links = _pairing_links(conn, work_ids, (TagType.CHARACTER, TagType.RELATIONSHIP))
    removed = removed_characters(conn, sorted({link.work_id for link in links}))
    dropped = [link for link in links if _left_out(link, removed)]
    if dropped:
        drop_links(conn, dropped)
        reindex(conn, {link.work_id for link in dropped})
    return sorted((link.work_id, link.type, link.name) for link in dropped)
