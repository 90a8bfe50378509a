"""Speech tags whose subject is a person defined against someone else: "said his cousin",
"rejoined her husband", "replied his young companion", "said the other", "cried another".

A careful reader knows two things from such a tag: the speaker is not the one the
possessive points to (his cousin is not he), nor, for "the other" or "another", the one who
just spoke; and, when the noun has a gender ("her husband"), which gender the speaker has.
``relational_subject`` reads the subject phrase; the conversation model
(``conversation``) finds whom "his"/"her" or "the other" sets the speaker against and keeps
them out (``QuoteState.not_speaker``), and the ranker sees that character as
``tag_other``.
"""

from __future__ import annotations

import re

from ficshelf.understand.person_nouns import FEMALE, MALE, NOT_AFTER_POSSESSIVE, PERSON_NOUNS

# Who the tag sets the speaker against: the man or the woman "his"/"her" refers to, or the
# last speaker ("the other", "another").
AGAINST_HE, AGAINST_SHE, AGAINST_LAST = "he", "she", "last"
# Nouns of a person defined by a conversation or a company, missing from the lexicon of
# unnamed characters (whose nouns name someone on their own).
_RELATIONAL = frozenset("interlocutor companion comrade partner friend colleague".split())
_POSSESSIVES = {"his": AGAINST_HE, "her": AGAINST_SHE}
_NOUN_WORDS = 3  # the possessive, at most two modifiers... the noun within three words
_HYPHEN = re.compile(r"[-‐]")


def relational_subject(words: list[str]) -> tuple[str, str]:
    """Return (pronoun, against) for a tag subject phrase (its words, in order, lower case)
    that defines the speaker against someone: pronoun "he"/"she" when the noun has a gender,
    "it" (any gender) when not; against ``AGAINST_HE``/``AGAINST_SHE`` for "his"/"her" + a
    person noun ("his step-son"), ``AGAINST_LAST`` for "the other" or "another" standing
    alone (or before an adverb). ("", "") for any other phrase ("his eyes", "the other
    man", "another voice", "Mr. Pett")."""
    if not words:
        return "", ""
    first = words[0]
    if first == "another" or words[:2] == ["the", "other"]:
        rest = words[1:] if first == "another" else words[2:]
        if not rest or rest[0].endswith("ly"):  # "said the other, mildly"
            return "it", AGAINST_LAST
        return "", ""  # "another voice", "the other man"
    against = _POSSESSIVES.get(first, "")
    if not against:
        return "", ""
    for word in words[1:_NOUN_WORDS]:
        noun = _HYPHEN.sub("", word)
        if noun in NOT_AFTER_POSSESSIVE:
            return "", ""
        if noun in MALE:
            return "he", against
        if noun in FEMALE:
            return "she", against
        if noun in PERSON_NOUNS or noun in _RELATIONAL:
            return "it", against
    return "", ""
