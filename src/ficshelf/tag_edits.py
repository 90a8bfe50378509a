"""A person's edits of a work's tags (``ficshelf tag``): put a tag on, or take one off.

An edit is an ``editor`` link (``store.tags.set_editor_tag``): it wins over the tags the file
gives and those the pipeline infers, and no later re-import, re-analysis or reconciliation
changes it. A tag taken off stays off however often the pipeline infers it again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection

from ficshelf.errors import NotFound
from ficshelf.model import Provenance, TagType
from ficshelf.search_query import QueryError, parse_tag_ref
from ficshelf.store.tags import get_or_create_tags, set_editor_tag, work_tags
from ficshelf.store.work_lookup import find_work

TYPE_NAMES = ", ".join(tag_type.value for tag_type in TagType)
_WAS = {
    Provenance.AUTHOR: "from the file",
    Provenance.INFERRED: "inferred",
    Provenance.EDITOR: "a person's tag",
}


@dataclass(frozen=True, slots=True)
class TagEdit:
    """One edit made: the tag (``name`` as stored), whether it was taken off, and how the
    work carried it before (``None``: not at all; ``was_removed``: a person had taken it off)."""

    type: TagType
    name: str
    removed: bool
    before: Provenance | None
    was_removed: bool = False

    def describe(self) -> str:
        """Return what the edit did, in words ("removed character:Smike (was inferred)")."""
        tag = f"{self.type.value}:{self.name}"
        if self.removed:
            if self.was_removed:
                return f"{tag} was already taken off"
            if self.before is None:
                return f"{tag} kept off (it was not on the work)"
            return f"removed {tag} (was {_WAS[self.before]})"
        if self.before is None or self.was_removed:
            return f"added {tag}" + (" back" if self.was_removed else "")
        if self.before is Provenance.EDITOR:
            return f"{tag} was already put on by a person"
        return f"kept {tag}, now a person's tag (was {_WAS[self.before]})"


@dataclass(frozen=True, slots=True)
class WorkTagEdits:
    """The work edited (id and title) and the edits made, in the order asked."""

    work_id: int
    title: str
    edits: tuple[TagEdit, ...]


def parse_editor_tag(value: str) -> tuple[TagType, str]:
    """Return the tag ``TYPE:NAME`` names ("character:Jo March", "rating:Teen"). Raises
    ``QueryError`` when TYPE is missing or not a tag type, or NAME is blank."""
    ref = parse_tag_ref(value)
    if ref.type is None:
        kind = value.partition(":")[0].strip() if ":" in value else ""
        what = f"unknown tag type {kind!r}" if kind else "no tag type"
        raise QueryError(f"{value!r}: {what}; write TYPE:NAME with TYPE one of {TYPE_NAMES}.")
    return ref.type, ref.name


def edit_work_tags(
    conn: Connection, work: str, tags: Sequence[tuple[TagType, str]], *, removed: bool = False
) -> WorkTagEdits:
    """Put ``tags`` on the work that ``work`` names (an id or part of a title, as
    ``store.work_lookup.find_work`` reads it) or, with ``removed``, take them off, as a
    person's edits; return what was done. Raises ``NotFound`` when no work matches ``work``
    and ``AmbiguousWork`` (before any change) when it fits several."""
    detail = find_work(conn, work)
    if detail is None:
        raise NotFound(f"no work matches {work!r}")
    ids = get_or_create_tags(conn, tags)
    before = {row.tag_id: row for row in work_tags(conn, detail.id, include_removed=True)}
    for tag_type, name in tags:
        set_editor_tag(conn, detail.id, tag_type, name, removed=removed)
    after = {row.tag_id: row for row in work_tags(conn, detail.id, include_removed=True)}
    edits = []
    for pair in dict.fromkeys(tags):
        tag_id = ids[pair]
        old = before.get(tag_id)
        edits.append(
            TagEdit(
                type=pair[0],
                name=after[tag_id].name,
                removed=removed,
                before=old.provenance if old else None,
                was_removed=bool(old and old.removed),
            )
        )
    return WorkTagEdits(detail.id, detail.title, tuple(edits))
