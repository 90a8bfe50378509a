"""The first-person narrator called by a given name that is also a common word ("Tom",
"Will", "Grace", "Hope"), a name the characters stage keeps no candidate for
(``person_evidence``: with no person's cue but calls, such a word is a word), so
``narrator.find_narrator`` never sees it.

Admitting such names as characters wherever they are called names dogs and places too; a
narrower place is safe: another person's line, set off as a call ("Come here, Tom.",
"Will, you fool", or the name alone as the whole paragraph: '"Grace?"'), that the
narrator answers in the next paragraph (``narrator.answered_call``: the narrator's own
tagged line, or a reply told in the narration, "I said I had only come in for a glass of
water."), is said to the narrator, whom it calls:

    "Come here, Tom. I want a word with you."

    I said I had only come in for a glass of water.

Nowhere else is the name admitted: only when the characters stage found no narrator, only
for a given name of the census table that is no endearment ("Love", "Sunshine") nor owned
("my Grace"), or a person noun of what the narrator is (``ROLE_CALLS``: '"Pilot," he
said.' to an unnamed narrator who answers; round notes42), only when every call so answered
is one name, no accepted character's name holds it as a word ("Will" beside "Will Harker"),
and the narration never names it (a narrator is "I" there). The narrator's character takes the
name; its mentions are those calls. Linear in the candidates; reads one paragraph after
each call.
"""

from __future__ import annotations

from collections.abc import Sequence

from ficshelf.model import Span
from ficshelf.understand import name_tables as tables
from ficshelf.understand import person_nouns as nouns
from ficshelf.understand.addressees import paragraph_of
from ficshelf.understand.character_record import Character
from ficshelf.understand.names import Candidate, QuoteIndex
from ficshelf.understand.narrator import NamedMention, answered_call, name_alone

# The weight of the narrator's evidence for the name: one answered call, no more.
CALLED_SCORE = 0.6
# Words of the census's given names that a line uses as endearments or terms of address
# ("Come here, Love.", "Morning, Sunshine.", "Sit down, Son."): no name.
ENDEARMENTS = frozenset(
    "love angel sunshine honey precious princess prince bunny buddy sonny son star "
    "blossom jewel".split()
)

# Person nouns an unnamed narrator is called by for what he is ("Pilot, are you angry?",
# "Doctor, come quick"): ``person_nouns`` less the nouns that call anyone (a man, a friend,
# a stranger), kin (a parent's children call "Father", his wife does not) and the words of
# rank a servant calls a master or a subject a lord by.
ROLE_CALLS = (
    nouns.PERSON_NOUNS
    - nouns.GENERIC
    - nouns.KINSHIP
    - nouns.FATHERS
    - nouns.MOTHERS
    - frozenset(
        "lord lady king queen prince princess master mistress lordship ladyship dame "
        "stranger child baby kid infant".split()
    )
)


def common_name_narrator(
    text: str,
    paragraphs: Sequence[Span],
    index: QuoteIndex,
    scanned: Sequence[Candidate],
    keys: set[str],
    chars: list[Character],
) -> tuple[Span, ...]:
    """Return the narrator span for a given name that is also a common word, which
    ``keys`` (the accepted name keys) left out of ``scanned`` (every name candidate, in
    text order), called in others' lines the narrator answers (see the module docstring),
    appending the narrator's character of that name to ``chars``; or none."""
    rejected = [c for c in scanned if c.key not in keys]
    if not rejected:
        return ()
    narrated = {c.key for c in rejected if not c.in_quote}
    held = {word for ch in chars for word in ch.name.split()}
    lines: dict[int, tuple[float, bool]] = {}
    found: list[Candidate] = []
    for c, li in zip(rejected, paragraph_of(paragraphs, rejected), strict=True):
        if not c.in_quote or li < 0 or c.key in narrated or c.key in held:
            continue
        low = c.key.lower()
        if len(c.parts) != 1 or low in ENDEARMENTS:
            continue
        if low not in tables.GIVEN_NAMES and low not in ROLE_CALLS:
            continue
        if c.led_owned:  # "my Grace": a pet name
            continue
        m = NamedMention(c.start, c.end, 0, c.vocative, True)
        if not (c.vocative or name_alone(text, paragraphs[li], m)):
            continue
        if answered_call(text, paragraphs, li, index, m, lines):
            found.append(c)
    if not found or len({c.key for c in found}) > 1:
        return ()
    name = found[0].key
    chars.append(Character(name, [Span(c.start, c.end, score=CALLED_SCORE) for c in found]))
    return (Span(found[0].start, found[0].end, name),)
