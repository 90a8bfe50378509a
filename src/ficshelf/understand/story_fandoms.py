"""The story's fandoms, stated (``fandom_stated``) and inferred from its characters'
names (``fandom_finding``) merged (``fandoms_of``), and the known characters of those
fandoms the story's characters are (``known_characters``, read by the relationships
stage). No stage lives here, so any stage may import it; the rules are described in the
``fandom`` module's docstring.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ficshelf.model import Analysis
from ficshelf.understand.fandom_finding import (
    MAX_EVIDENCE,
    FandomFinding,
    inferred_fandoms,
    names_by_character,
)
from ficshelf.understand.fandom_names import (
    name_key,
    shared_fandom_character_words,
    shared_fandom_characters,
)
from ficshelf.understand.fandom_stated import given_spellings, stated_fandoms, tagged_fandoms
from ficshelf.understand.name_tables import (
    CIVIL_TITLES,
    TITLES,
)


def fandoms_of(analysis: Analysis) -> list[FandomFinding]:
    """Return the story's fandoms, stated and inferred merged, most confident first, each
    under the spelling of the file's own fandom tag when it has one (``given_spellings``).
    When the file tags its fandoms (an AO3 download, an EPUB's subjects), a fandom inferred
    from the characters is kept only if a tag gives it: Faust's people in a story tagged
    with a retelling the table has not met are that retelling's. Never raises."""
    merged: dict[str, FandomFinding] = {}
    inferred = inferred_fandoms(analysis)
    tagged = tagged_fandoms(analysis)
    if tagged:  # the file's own tags say which works it belongs to, as the library reads them
        inferred = [f for f in inferred if f.name in tagged]
    for finding in stated_fandoms(analysis) + inferred:
        known = merged.get(finding.name)
        if known is None:
            merged[finding.name] = FandomFinding(
                finding.name, finding.confidence, list(finding.evidence)
            )
            continue
        known.confidence = max(known.confidence, finding.confidence)
        known.evidence = sorted(set(known.evidence) | set(finding.evidence))[:MAX_EVIDENCE]
    spelled = given_spellings(analysis)
    for finding in merged.values():
        finding.name = spelled.get(finding.name, finding.name)
    return sorted(merged.values(), key=lambda f: (-f.confidence, f.name))


def known_characters(
    analysis: Analysis, fandoms: Sequence[str] | None = None
) -> dict[str, list[tuple[str, str]]]:
    """Return, per character of the story, the known characters of its fandoms (``fandoms``,
    default: those ``fandoms_of`` finds) it is: ``(fandom, canonical name)`` pairs, matched
    by the character's canonical name first, then by its longest surface form, against the
    table's names and aliases and the words only one canonical name has ("Jane" in Pride
    and Prejudice). A word match needs every word of the character's own name in the known
    name ("Walter Elliot" is Sir Walter Elliot; "James Mortimer" is not James Moriarty).
    Characters the table does not know are left out. Never raises."""
    names = fandoms if fandoms is not None else [f.name for f in fandoms_of(analysis)]
    tables = [
        (name, shared_fandom_characters(name), shared_fandom_character_words(name))
        for name in names
    ]
    tables = [(name, listed, words) for name, listed, words in tables if listed or words]
    if not tables:
        return {}
    # the tables (by position) that know each key: a character is searched only in the
    # tables that know one of its keys, in their order (any other table gives no hit)
    holders: dict[str, list[int]] = {}
    for i, (_, listed, words) in enumerate(tables):
        for k in listed:
            holders.setdefault(k, []).append(i)
        for k in words:
            if k not in listed:
                holders.setdefault(k, []).append(i)
    found: dict[str, list[tuple[str, str]]] = {}
    for character, keys in names_by_character(analysis).items():
        held = {i for k in keys for i in holders.get(k, holders.get(_untitled(k), ()))}
        if not held:
            continue
        canonical = name_key(character)
        own = set(canonical.split())
        ordered = sorted(keys, key=lambda k: (k != canonical, -len(k), k))
        for i in sorted(held):
            fandom, listed, words = tables[i]
            hit = next(
                (
                    listed[k] if k in listed else words[k]
                    for k in ordered
                    if k in listed or (k in words and own <= set(name_key(words[k]).split()))
                ),
                None,
            )
            if hit is None:
                hit = next(filter(None, (_titled_alias(k, listed) for k in ordered)), None)
            if hit is not None:
                found.setdefault(character, []).append((fandom, hit))
    return found


def _untitled(key: str) -> str:
    """Return a name key without its leading civil title ("miss floy" -> "floy"), or ""."""
    first, _, rest = key.partition(" ")
    return rest if rest and first in CIVIL_TITLES else ""


_WOMEN_TITLES = frozenset(t for t in CIVIL_TITLES if TITLES.get(t) == "f")


def _titled_alias(key: str, listed: Mapping[str, str]) -> str:
    """Return the canonical name ``key`` is when it is a civil title before a name canon
    lists (``listed``: key to canonical name) that the title does not make ambiguous,
    else "": "Miss Floy" is Florence Dombey ("Floy"), "Mr. Woodcourt" Allan Woodcourt;
    but a woman's title before a man's surname ("Mrs. Wildeve", "Wildeve" for Damon
    Wildeve) is his wife or kin."""
    rest = _untitled(key)
    canonical = listed.get(rest, "") if rest else ""
    if canonical and key.split(maxsplit=1)[0] in _WOMEN_TITLES:
        if rest == name_key(canonical).split()[-1]:
            return ""
    return canonical
