"""The narrator among the characters of the characters stage (``characters``): the span
that names the narrator, in the body (``body_narrator``: ``narrator.find_narrator``) or in a
note (``noted_narrator``: ``narrator_notes``), and the joins of the narrator's other names
into the narrator's character: a titled surname (``join_titled_surname``:
``person_other_name``), names only others' lines to the narrator call
(``join_other_names``: ``narrator.narrator_other_names``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ficshelf.model import Span
from ficshelf.understand.addressees import character_genders
from ficshelf.understand.canon_cast import CanonLinks
from ficshelf.understand.canon_roster import Roster
from ficshelf.understand.character_record import Character
from ficshelf.understand.names import Candidate, QuoteIndex
from ficshelf.understand.narrator import NamedMention, find_narrator, narrator_other_names
from ficshelf.understand.narrator_notes import narrator_in_notes
from ficshelf.understand.narrator_third_person import self_named_narrator
from ficshelf.understand.person_other_name import narrator_titled_names, surname_of


def body_narrator(
    text: str,
    paragraphs: Sequence[Span],
    index: QuoteIndex,
    candidates: Sequence[Candidate],
    named: Sequence[int],
    chars: list[Character],
) -> tuple[Span, ...]:
    """Return the narrator span the body gives (``narrator.find_narrator``; failing it,
    ``narrator_third_person.self_named_narrator``), or none."""
    mentions = [
        NamedMention(c.start, c.end, who, c.vocative, c.in_quote)
        for c, who in zip(candidates, named, strict=True)
    ]
    found = find_narrator(text, paragraphs, index, mentions)
    if found is None:  # "Oswald thought it a poor plan": the narrator's name, told of him
        found = self_named_narrator(text, paragraphs, index, mentions)
    if found is None:
        return ()
    return (Span(found.start, found.end, chars[found.who].name),)


def join_titled_surname(
    chars: list[Character],
    candidates: Sequence[Candidate],
    named: list[int],
    narrator: str,
    canon: tuple[Roster, CanonLinks] | None,
) -> list[int]:
    """Join into the narrator (the character named ``narrator``) the characters that are
    the narrator's titled surname (``person_other_name``); return each candidate's
    character after the joins."""
    who = next((i for i, c in enumerate(chars) if c.name == narrator), None)
    if who is None:
        return named
    own = [c for c, w in zip(candidates, named, strict=True) if w == who]
    forms = sorted((c for c in own if c.parts), key=lambda c: -len(c.parts))
    listed = canon[1].canon.get(who, "") if canon is not None else ""
    surname = surname_of([narrator, *(" ".join(c.parts) for c in forms[:1]), listed])
    gender = character_genders({who: own}).get(who, "")
    if not gender and canon is not None and listed:
        gender = canon[0].genders.get(listed, "")
    joined = narrator_titled_names(candidates, named, who, surname, gender)
    for other in joined:
        chars[who].take(chars[other])
    return [who if w in joined else w for w in named]


def join_other_names(
    text: str,
    paragraphs: Sequence[Span],
    index: QuoteIndex,
    chars: list[Character],
    candidates: Sequence[Candidate],
    named: list[int],
    narrator: tuple[Span, ...],
) -> list[int]:
    """Join into the narrator the characters that are the narrator's other names: only
    ever called in others' lines said to the narrator (``narrator_other_names``: "Jan"
    to the John Ridd the others call "Master Ridd"), of no gender other than the
    narrator's; return each candidate's character after the joins."""
    who = next((i for i, c in enumerate(chars) if c.name == narrator[0].label), None)
    if who is None:
        return named
    mentions = [
        NamedMention(c.start, c.end, w, c.vocative, c.in_quote)
        for c, w in zip(candidates, named, strict=True)
        if w >= 0
    ]
    joined = narrator_other_names(text, paragraphs, index, mentions, who)
    if not joined:
        return named
    owned: dict[int, list[Candidate]] = {}
    for c, w in zip(candidates, named, strict=True):
        owned.setdefault(w, []).append(c)
    own = character_genders({who: owned.get(who, [])}).get(who, "")
    # (a bare name's census gender says little here: "Jan" is a Devon John)
    genders = character_genders({w: owned.get(w, []) for w in joined if _told(owned.get(w, []))})
    joined = {w for w in joined if not (own and genders.get(w, own) not in ("", own))}
    for other in joined:
        chars[who].take(chars[other])
    return [who if w in joined else w for w in named]


def _told(cands: Sequence[Candidate]) -> bool:
    """Whether the text itself gives a gender to the character of ``cands``: a title, or a
    "he" or "she" after one of its names (not only the census's word on a given name)."""
    return any(c.title or c.gender for c in cands)


def noted_narrator(text: str, notes: Sequence[Span], chars: list[Character]) -> tuple[Span, ...]:
    """Return the narrator span for the one person the notes say tells the story ("Ishmael
    narrates", "Sherlock's POV"): the character of that name (the one whose name holds
    every word of it: "Sherlock" is Sherlock Holmes), else a new character known only from
    the note, whose one mention is the note's name."""
    noted = narrator_in_notes(text, notes)
    if noted is None:
        return ()
    words = set(noted.name.split())
    same = [c for c in chars if c.mentions and words <= set(c.name.split())]
    if len(same) > 1:
        return ()
    evidence = Span(noted.start, noted.end, same[0].name if same else noted.name)
    if not same:  # the note's name is the one mention, the evidence for a character tag
        chars.append(Character(noted.name, [Span(noted.start, noted.end, score=0.85)]))
    return (evidence,)
