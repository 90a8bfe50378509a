"""The fandom-qualified tags of a bare name, for the search filters (``store.resolved_tags``).

The library wrangles a character or relationship name per fandom (``ficshelf.library``): on
the works of *Little Women* "Jo March" becomes "Jo March (Little Women - Louisa May
Alcott)", a synonym of "Josephine March", and the bare "Jo March" is left to works of no
fandom (or none at all). Files name characters the same AO3 way ("Desdemona (Othello)").
A reader filters by the name they know, so ``qualified_tags`` finds, for bare names, the
character and relationship tags spelled ``name (qualifier)``: the qualifier is a fandom
tag's name or, in a file's own tag, any disambiguation in brackets (balanced, so that "Harry
(Dracula) (Carmilla)" is qualified "Carmilla" for "Harry (Dracula)", not for "Harry").
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import Connection, func, or_, select

from ficshelf.model import TagType
from ficshelf.store import schema
from ficshelf.store.library_scope import SCOPED_TYPES
from ficshelf.store.tags import name_key_prefix, tag_key

QUALIFIED_TYPES = SCOPED_TYPES
"""The tag types the library qualifies with a fandom."""

_tags = schema.tags


@dataclass(frozen=True, slots=True)
class QualifiedTag:
    """A tag spelled ``bare (qualifier)``: its type, the key of its bare name, the qualifier
    as written and as a key, the id of its canonical tag (itself when it has none), and the
    id of the canonical fandom tag the qualifier names (``None``: no fandom tag has that
    name)."""

    type: TagType
    bare_key: str
    qualifier: str
    qualifier_key: str
    root: int
    fandom_root: int | None


def _balanced(text: str) -> bool:
    """Whether every bracket in ``text`` closes one opened before it, and all close."""
    depth = 0
    for char in text:
        depth += (char == "(") - (char == ")")
        if depth < 0:
            return False
    return depth == 0


def _qualifier(name: str, name_key: str, bare_key: str) -> str | None:
    """The qualifier of the tag ``name`` (key ``name_key``) as written, when the tag is
    ``bare (qualifier)`` for the bare name keyed ``bare_key``; else ``None``."""
    if not (name_key.startswith(bare_key + " (") and name_key.endswith(")")):
        return None
    if not _balanced(name_key[len(bare_key) + 2 : -1]) or len(name_key) == len(bare_key) + 3:
        return None
    at = name.find(" (")
    while at >= 0:
        if tag_key(name[:at]) == bare_key:
            return name[at + 2 : -1]
        at = name.find(" (", at + 1)
    return name_key[len(bare_key) + 2 : -1]


def qualified_tags(conn: Connection, bare_keys: Collection[str]) -> list[QualifiedTag]:
    """Return the character and relationship tags qualified names of ``bare_keys`` (keys of
    bare names, ``tags.tag_key``), with their canonical tags and the fandoms they name, in
    two queries (one when none is found). Raises only database errors."""
    keys = sorted({key for key in bare_keys if key})
    if not keys:
        return []
    rows = conn.execute(
        select(
            _tags.c.type,
            _tags.c.name,
            _tags.c.name_key,
            func.coalesce(_tags.c.canonical_id, _tags.c.id),
        ).where(
            _tags.c.type.in_([t.value for t in QUALIFIED_TYPES]),
            or_(*(name_key_prefix(conn, key + " (") for key in keys)),
        )
    ).all()
    found: list[tuple[TagType, str, str, str, int]] = []
    for tag_type, name, name_key, root in rows:
        for key in keys:
            qualifier = _qualifier(name, name_key, key)
            if qualifier is not None:
                found.append((TagType(tag_type), key, qualifier, tag_key(qualifier), int(root)))
    if not found:
        return []
    fandoms = dict(
        conn.execute(
            select(_tags.c.name_key, func.coalesce(_tags.c.canonical_id, _tags.c.id)).where(
                _tags.c.type == TagType.FANDOM.value,
                _tags.c.name_key.in_(sorted({q_key for *_, q_key, _ in found})),
            )
        ).all()
    )
    return [
        QualifiedTag(tag_type, key, qualifier, q_key, root, fandoms.get(q_key))
        for tag_type, key, qualifier, q_key, root in found
    ]


def carried(conn: Connection, tag_ids: Collection[int]) -> set[int]:
    """Return those of ``tag_ids`` that some work carries (a link a person removed does
    not count). Raises only database errors."""
    if not tag_ids:
        return set()
    links = schema.work_tags
    live = (
        select(links.c.tag_id)
        .where(links.c.tag_id == _tags.c.id, links.c.removed.is_(False))
        .exists()
    )
    query = select(_tags.c.id).where(_tags.c.id.in_(sorted(tag_ids)), live)
    return {int(tag_id) for tag_id in conn.execute(query).scalars()}
