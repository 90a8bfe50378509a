"""A parent's word written as a name in the running text: "Papa says I was born in a
snowstorm", "Will you tell me about Papa?", "and Papa would say so too if Papa ever said
anything" (round chr36).

``person_evidence`` holds "Papa", "Mamma", "Father" and the like as weak stop words: a name
only with a speech tag or a call beside it ('"Yes, Papa"', "said Father"). Capitalised in
the middle of a sentence, a parent's word is a name all the same (the noun is written "my
papa", "her father"): it is the parent of whoever says it, a person the story speaks of
though they never speak. ``parent_word_name`` accepts such a word when the text writes it so
at least twice, never after "the" or an article ("the Father" of a church).

A story that names a family, a man and a woman of one surname ("Captain Crewe" and "Sara
Crewe", "Mr. Squeers" and "Mrs. Squeers"; a rank that says no gender is taken for a
man's), most often names the parent too: there "Papa" is
one of them, and a character of its own would split that person in two
(``names_a_family``). Such a story keeps the old rule.
"""

from __future__ import annotations

from collections.abc import Sequence

from ficshelf.understand import name_tables as tables
from ficshelf.understand.names import Candidate
from ficshelf.understand.person_nouns import FATHERS, MOTHERS

# Not "Pa" and "Ma": a clipped word as often ("Pa'son Tringham", "Ma'am").
PARENT_WORDS = (FATHERS | MOTHERS) - {"pa", "ma"}
# How often a parent's word must stand mid-sentence as a name: once is as often a slip
# of the capital, or a parent the story names otherwise.
MIN_USES = 2


def parent_word_name(low: str, uses: int, mid_sentence: int, after_article: int) -> bool:
    """Whether the lower-case name ``low``, a parent's word seen ``uses`` times,
    ``mid_sentence`` of them in the middle of a sentence and not as a call, and
    ``after_article`` of them after "the" or an article, names a parent (see the module
    docstring; the family test is the caller's)."""
    return low in PARENT_WORDS and uses >= MIN_USES and mid_sentence > 0 and not after_article


def _gender(cand: Candidate) -> str:
    """The gender a name's title or given name says ("m", "f" or ""); a rank that says
    none ("Captain", "Dr.") is taken for a man's, as the stories mostly give it."""
    if cand.title:
        return tables.TITLES.get(cand.title, "") or "m"
    if len(cand.parts) < 2:
        return ""
    return tables.GIVEN_NAMES.get(cand.parts[0].lower(), "")


def names_a_family(candidates: Sequence[Candidate]) -> bool:
    """Whether ``candidates`` name a man and a woman of one surname: a title or a given name
    before it ("Captain Crewe", "Sara Crewe"). Linear in the number of candidates."""
    men: set[str] = set()
    women: set[str] = set()
    for cand in candidates:
        if not cand.parts or (not cand.title and len(cand.parts) < 2):
            continue
        gender = _gender(cand)
        if gender == "m":
            men.add(cand.parts[-1])
        elif gender == "f":
            women.add(cand.parts[-1])
    return not men.isdisjoint(women)
