"""What a reader is told about the filter tags of a list (the search, the works index, a
tag page), as resolved by ``store.resolved_tags``: the fandoms' tags a bare name counted as
(and a hint to keep it to one fandom), the tags it could mean instead, or why a filter names
no tag. One wording wherever a filter is read."""

from __future__ import annotations

from ficshelf.search_query import TAG_TYPE_NAMES, TagRef, unknown_type
from ficshelf.store.resolved_tags import FandomMatch, ResolvedTag
from ficshelf.store.tags import tag_key


def _named(match: FandomMatch, as_ref: bool = False) -> str:
    """A qualified tag's canonical and its fandom, named once ("Desdemona (Othello)"); as
    a filter that names the canonical with ``as_ref`` ("character:Josephine March (in ...)")."""
    tag_type, name = match.canonical
    shown = f"{tag_type}:{name}" if as_ref else name
    if tag_key(name).endswith(tag_key(f"({match.fandom})")):
        return shown
    return f"{shown} (in {match.fandom})" if as_ref else f"{shown} ({match.fandom})"


def fandom_notices(tag: ResolvedTag, verb: str) -> list[str]:
    """What a bare name's fandom-qualified tags did to the filter ``tag``: the works it
    ``verb`` (finds, hides) by them, or the tags it could mean instead."""
    if tag.fandoms:
        qualifiers = {tag_key(m.fandom) for m in tag.fandoms}
        if len(qualifiers) == 1:
            return [f"{tag.ref} {verb} {', '.join(map(_named, tag.fandoms))}."]
        return [
            f"{tag.ref} {verb} the {tag.ref.name} of {len(qualifiers)} fandoms:"
            f" {', '.join(map(_named, tag.fandoms))}. Add a fandom: filter to keep to one."
        ]
    if tag.also:
        refs = " or ".join(_named(m, as_ref=True) for m in tag.also)
        return [f"{tag.ref} is a tag of its own; did you mean {refs}?"]
    return []


def unknown_tag(ref: TagRef) -> str:
    """Why the filter ``ref`` names no tag: a word before a colon that is no tag type
    ("nosuch:thing"), else no tag of that name."""
    kind = unknown_type(ref)
    if kind is None:
        return f"No tag named {ref} is in the library"
    return f"{kind!r} is not a tag type (the types are {TAG_TYPE_NAMES}), and no tag is named {ref}"
