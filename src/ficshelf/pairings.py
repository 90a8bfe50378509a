"""Who a relationship tag pairs, and the inferred character and pairing tags the archive
does not keep.

A relationship tag names its people AO3's way: "A/B" romantic, "A & B" platonic or family,
each perhaps with an AO3 "(Fandom)" disambiguation (``relationship_members`` reads them).

Three kinds of inferred pairing are never stored (``left_out_pairing``), and the first two
kinds of person are no inferred character tag either (``left_out_character``):

- **One with the unnamed narrator.** The analysis calls a first-person narrator the story
  never names "Narrator" (``UNNAMED_NARRATOR``, the characters stage's name) and reports
  the pairs it is in, but as a tag that name would be one identity across works: every
  unnamed narrator of the library on one tag page ("Narrator & Reginald Jeeves" beside
  "Narrator & Smee"). AO3's wranglers tag such a narrator "Original Character(s)" only
  when the author says it is one (an unnamed narrator of fan fiction is as often a canon
  character the reader knows, such as Bertie Wooster), and "Reader" only for the "you" of a
  second-person reader-insert (never called "Narrator" here), and otherwise not at all:
  so the archive tags neither the narrator nor a pair with one. The other person keeps a
  character tag of their own when they speak or are mentioned enough.
- **One with a described person.** A character the story never names is known by a
  description ("the ferryman", "her father", "my mother", "the bishop": the analysis's
  ``unnamed`` characters, whose names open in lower case, ``is_description``). The analysis
  reports them with their evidence, and the work page lists them, but as a tag "the
  ferryman" would be one person across works: the tag page and the filter would list the
  ferrymen of every canon together. AO3 makes no shared tag of "Her Father" either.
- **One with a character a person took off the work** (``ficshelf tag … --remove``): the
  person's edit wins over the inferred tags that contain it, so "Narrator & Tobias" or
  "Marguerite/Tobias" does not bring back the Tobias a person removed.

A file's own character and relationship tags and a person's are kept whatever they name.
"""

from __future__ import annotations

import re
from collections.abc import Collection

# The name the characters stage gives a first-person narrator the story never names
# (``understand.characters.NARRATOR``; a test keeps the two equal).
UNNAMED_NARRATOR = "Narrator"
# A lower-case particle a name can open with: "d'Artagnan", "de Winter", "van Helsing".
NAME_PARTICLE = re.compile(
    r"(?:[dl]['’]|(?:de|du|des|del|della|di|da|le|la|van|von|der|den|ter|bin|ibn)\s+)(?=\w)"
)
# The separators of a relationship tag's people ("A/B", "A & B") and an AO3 "(Fandom)"
# closing a name.
PAIR_SPLIT = re.compile(r"\s*[/&]\s*")
FANDOM_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")


def relationship_members(name: str) -> list[str]:
    """Return the people a relationship tag names ("A/B", "A & B", "A/B/C"), each without
    an AO3 "(Fandom)" disambiguation."""
    return [m for m in (FANDOM_QUALIFIER.sub("", p).strip() for p in PAIR_SPLIT.split(name)) if m]


def person_key(name: str) -> str:
    """Return the key two spellings of a person's name share: without an AO3 "(Fandom)",
    case and spacing folded ("Tobias (Fandom)" and "tobias" share "tobias")."""
    return " ".join(FANDOM_QUALIFIER.sub("", name).casefold().split())


def pairs_unnamed_narrator(name: str) -> bool:
    """Whether the relationship tag ``name`` pairs the unnamed narrator ("Marguerite &
    Narrator")."""
    return UNNAMED_NARRATOR in relationship_members(name)


def is_description(name: str) -> bool:
    """Whether the person ``name`` is a description ("the ferryman", "her father", "my
    mother"), not a name: it opens in lower case, but for a particle such as the "d'" of
    "d'Artagnan" or the "de" of "de Winter" (``NAME_PARTICLE``), after an AO3 "(Fandom)"
    is taken off."""
    bare = FANDOM_QUALIFIER.sub("", name).strip()
    particle = NAME_PARTICLE.match(bare)
    first = bare[particle.end() if particle else 0 :][:1]
    return not first.isupper()


def left_out_character(name: str) -> bool:
    """Whether the archive leaves out the inferred character tag ``name`` (see the module
    docstring): the unnamed narrator or a described person."""
    return FANDOM_QUALIFIER.sub("", name).strip() == UNNAMED_NARRATOR or is_description(name)


def pairs_removed(name: str, removed: Collection[str]) -> bool:
    """Whether the relationship tag ``name`` names one of the people whose ``person_key``
    is in ``removed`` (the characters a person took off the work)."""
    return any(person_key(member) in removed for member in relationship_members(name))


def left_out_pairing(name: str, removed: Collection[str] = frozenset()) -> bool:
    """Whether the archive leaves out the inferred relationship tag ``name`` (see the
    module docstring): it pairs the unnamed narrator, a described person
    (``is_description``) or one of the ``removed`` people (``person_key`` of the characters
    a person took off the work)."""
    return (
        pairs_unnamed_narrator(name)
        or any(is_description(member) for member in relationship_members(name))
        or pairs_removed(name, removed)
    )
