"""A person's edits of a work's tags (``ficshelf tag``): put a tag on, or take one off.

An edit is an ``editor`` link (``store.tags.set_editor_tag``): it wins over the tags the file
gives and those the pipeline infers, and no later re-import, re-analysis or reconciliation
changes it. A tag taken off stays off however often the pipeline infers it again.

A person names a tag as they see it or as the file spells it: "rating:Teen", "rating:teen
and up audiences" and "warning:Graphic Depictions Of Violence" reach the tag the work
carries under whichever synonym (``store.resolved_tags.links_named``; a vocabulary synonym,
"rating:PG-13", is read as its canonical tag). A person's value of a single-valued type
(rating, pov, tense) is the work's value: the file's and the inferred ones are set aside,
not lost, and count again once the person's value is taken off.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection

from ficshelf.errors import NotFound
from ficshelf.model import Provenance, TagType
from ficshelf.search_query import QueryError, parse_tag_ref
from ficshelf.store.resolved_tags import links_named
from ficshelf.store.tags import WorkTagRow, get_or_create_tags, set_editor_links, work_tags
from ficshelf.store.work_lookup import find_work
from ficshelf.vocabulary import canonical_name

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
    """The work edited (id and title), the edits made, in the order asked, and what they did
    to the work's other tags (``effects``, in words: a person's earlier rating taken off, the
    file's set aside or counting again)."""

    work_id: int
    title: str
    edits: tuple[TagEdit, ...]
    effects: tuple[str, ...] = ()


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
    person's edits; return what was done. A tag reaches the links the work has to it under
    any name (the module docstring); one it has no link to is linked as named. Raises
    ``NotFound`` when no work matches ``work`` and ``AmbiguousWork`` (before any change)
    when it fits several."""
    detail = find_work(conn, work)
    if detail is None:
        raise NotFound(f"no work matches {work!r}")
    before = {row.tag_id: row for row in work_tags(conn, detail.id, include_removed=True)}
    targets: dict[tuple[TagType, str], list[int]] = {}
    for pair in dict.fromkeys(tags):
        tag_type, name = pair
        name = canonical_name(tag_type, name) or name
        found = [row.tag_id for row in links_named(conn, detail.id, tag_type, name)]
        targets[pair] = found or [get_or_create_tags(conn, [(tag_type, name)])[(tag_type, name)]]
        set_editor_links(conn, detail.id, targets[pair], removed=removed)
    after = {row.tag_id: row for row in work_tags(conn, detail.id, include_removed=True)}
    edits = [
        _edit(pair[0], [before[i] for i in ids if i in before], after[ids[0]], removed)
        for pair, ids in targets.items()
    ]
    aimed = {tag_id for ids in targets.values() for tag_id in ids}
    effects = [
        line
        for tag_id, row in after.items()
        if tag_id not in aimed and (line := _effect(before.get(tag_id), row))
    ]
    return WorkTagEdits(detail.id, detail.title, tuple(edits), tuple(effects))


def _taken_off(row: WorkTagRow) -> bool:
    return row.removed and row.provenance is Provenance.EDITOR


def _edit(tag_type: TagType, old: list[WorkTagRow], now: WorkTagRow, removed: bool) -> TagEdit:
    """The edit of a tag the work had as the links ``old`` (none: not at all)."""
    live = [row for row in old if not _taken_off(row)]
    best = min(live, key=lambda row: _RANK[row.provenance], default=None)
    return TagEdit(
        type=tag_type,
        name=now.canonical,
        removed=removed,
        before=best.provenance if best else (Provenance.EDITOR if old else None),
        was_removed=bool(old) and not live,
    )


_RANK = {Provenance.EDITOR: 0, Provenance.AUTHOR: 1, Provenance.INFERRED: 2}


def _effect(old: WorkTagRow | None, now: WorkTagRow) -> str | None:
    """What an edit did to a link it did not name, in words (``None``: nothing)."""
    if old is None or old.removed == now.removed:
        return None
    tag = f"{now.type.value}:{now.canonical}"
    if now.provenance is Provenance.EDITOR:
        return f"took off {tag} (a person's earlier {now.type.value})" if now.removed else None
    was = _WAS[now.provenance]
    if now.removed:
        return f"set aside {tag} ({was}): a person's {now.type.value} wins"
    return f"{tag} ({was}) counts again"
