"""The pairings a file's own relationship tags declare, for the relationships stage.

An AO3 download carries the writer's Relationship tags ("Harriet Vane/Lord Peter Wimsey",
"Little John & Robin Hood"): AO3's convention makes "A/B" a romantic pairing and "A & B" a
platonic (or family) one, and the first tags are what the work is about. The writer knows
the story better than any tally of its paragraphs, so a tag is the strongest evidence of a
pair: its kind wins over the stage's own reading of the text.

``tagged_pairings`` matches each side of each tag to a character of the analysis: by its
canonical name or a form the text calls it by (``relationship_notes.noted_character``), a
bracketed fandom qualifier dropped ("Sasha (Orlando)"), or, when the tag's name is fuller
than the story's ("Lord Peter Wimsey" for a story's "Wimsey"), the one character every word
of whose name or of one of whose forms (titles aside) the tag holds. A tag a side of which
matches no character, or both the same one, is left out. ``mark_tagged`` marks the pairs:
``Pair.noted`` takes the tag's kind, ``Pair.tag`` the tag, and ``Pair.tag_major`` whether
it is the first tag (a later tag is a main pairing only when the stage's own rules make it
one). An "&" tag whose two names share a surname ("Wenna Trask & Oswin Trask")
names kin, not friends: the pair counts a stated family cue (``kin_by_surname``), so it is
listed as family. The work is linear
in the number of tags and of the characters' forms.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ficshelf.model import Analysis, Span, TagType
from ficshelf.understand import relationship_text as rt
from ficshelf.understand.name_tables import CIVIL_TITLES, RANK_TITLES
from ficshelf.understand.relationship_notes import noted_character
from ficshelf.understand.relationship_tally import Pairs
from ficshelf.understand.tagged_cast import DISAMBIGUATION

# "A/B" (romantic) and "A & B" (platonic or family); a tag of three or more ("A/B/C") or
# with another separator names no one pair.
_SEPARATORS = (("/", "romantic"), ("&", "platonic"))
# Title words a tag's fuller name may hold that the story's name need not.
_TITLES = CIVIL_TITLES | RANK_TITLES | frozenset(("dr", "doctor", "professor", "captain"))


@dataclass(frozen=True, slots=True)
class TaggedPairing:
    """A pairing the file's tags declare: the two characters (canonical names, in the tag's
    order), the kind ("romantic" or "platonic"), the tag's name and its place among the
    file's relationship tags (0: the first)."""

    a: str
    b: str
    kind: str
    tag: str
    rank: int


def relationship_tags(analysis: Analysis) -> list[str]:
    """Return the names of the file's own relationship tags, in the file's order."""
    return [t.name for t in analysis.doc.given.tags if t.type == TagType.RELATIONSHIP]


def mark_tagged(pairs: Pairs, analysis: Analysis, mentions: Sequence[Span]) -> None:
    """Mark in ``pairs`` (adding the pair when the story has none) every pairing the file's
    relationship tags declare (``tagged_pairings``; ``mentions``: the characters'
    mentions): ``Pair.noted`` takes the tag's kind (the tag wins over any other reading),
    ``Pair.tag`` the tag's name, ``Pair.tag_major`` whether it is the first tag; an "&"
    tag of one surname gives the pair a stated family cue (``kin_by_surname``)."""
    tags = relationship_tags(analysis)
    if not tags:
        return
    characters = [c.label for c in analysis.layers.get("characters", ()) if c.label]
    for tagged in tagged_pairings(analysis.text, tags, mentions, characters):
        pair = pairs.get(tagged.a, tagged.b)
        if pair is None or pair.tag:
            continue
        pair.noted = tagged.kind
        pair.tag = tagged.tag
        pair.tag_major = tagged.rank == 0
        if tagged.kind == "platonic" and kin_by_surname(tagged.tag):
            pair.family = max(pair.family, 1.0)
            pair.stated_family = max(pair.stated_family, 1.0)


def kin_by_surname(tag: str) -> bool:
    """Return whether an "A & B" tag names two of one surname ("Dara O'Neill & Colm
    O'Neill"): kin, since AO3's "&" is friendship or family and friends rarely share a
    surname, a married couple being tagged "A/B". Not for a couple titled as husband and
    wife ("Mr. Pell & Mrs. Pell"), nor when a side has no surname ("Jo & Laurie")."""
    sides = _sides(tag)
    if sides is None or sides[2] != "platonic":
        return False
    first, second = (" ".join(DISAMBIGUATION.sub("", side).split()) for side in sides[:2])
    family = rt.surname(first)
    if family is None or family != rt.surname(second):
        return False
    return not rt.spouse_titles(first, second)


def tagged_pairings(
    text: str, tags: Sequence[str], mentions: Sequence[Span], characters: Sequence[str]
) -> list[TaggedPairing]:
    """Return the pairings of relationship ``tags`` both of whose sides are two different
    ``characters`` (canonical names; ``mentions`` into ``text`` give the forms the text
    calls them by), in the tags' order. Never raises."""
    forms: dict[str, set[str]] = {}
    for mention in mentions:
        forms.setdefault(" ".join(text[mention.start : mention.end].split()), set()).add(
            mention.label
        )
    found: list[TaggedPairing] = []
    for rank, tag in enumerate(tags):
        sides = _sides(tag)
        if sides is None:
            continue
        first, second, kind = sides
        a = tag_character(first, forms, characters)
        b = tag_character(second, forms, characters)
        if a and b and a != b:
            found.append(TaggedPairing(a, b, kind, " ".join(tag.split()), rank))
    return found


def _sides(tag: str) -> tuple[str, str, str] | None:
    """The two names of a two-sided tag and its kind, or ``None``."""
    for separator, kind in _SEPARATORS:
        parts = tag.split(separator)
        if len(parts) == 2:
            return parts[0].strip(), parts[1].strip(), kind
    return None


def tag_character(name: str, forms: dict[str, set[str]], characters: Sequence[str]) -> str:
    """Return the character a tag's side ``name`` is (``forms``: surface form to the
    characters called so): the one ``noted_character`` finds for it, its fandom qualifier
    dropped, else the character all the words of whose canonical name or of one of whose
    forms, titles aside, the tag's name holds ("Wimsey" for "Lord Peter Wimsey"), the one
    whose name holds the most of them ("Ada Hale", not "Mr. Hale", for "Lady Ada Hale");
    "" for none or a tie."""
    name = " ".join(DISAMBIGUATION.sub("", name).split())
    if not name:
        return ""
    found = noted_character(name, forms, characters)
    if found:
        return found
    words = set(name.casefold().split())
    held: dict[str, int] = {}  # character to the most of the tag's words one name holds
    for form, called in (*((c, {c}) for c in characters), *forms.items()):
        own = {w for w in form.casefold().split() if w.rstrip(".") not in _TITLES}
        if own and own <= words:
            for character in called:
                held[character] = max(held.get(character, 0), len(own))
    most = max(held.values(), default=0)
    best = [character for character, count in held.items() if count == most]
    return best[0] if len(best) == 1 else ""
