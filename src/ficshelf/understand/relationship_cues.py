"""Word lists and precompiled patterns the relationships stage reads relations from.

Pure data and small lookups, no state: the romantic and family cue words (with weights),
kinship terms in a character's own name ("Aunt Em", "her father", "Papa"), and the gendered
words used to tell a character's gender (pronouns, honorifics, kin terms).

Every pattern is a single alternation of literal words, so each search is linear in the
text it scans.
"""

from __future__ import annotations

import re

# Strong romantic cues: words that state a romance or a marriage outright.
_ROMANTIC_STRONG = r"""
    kiss(?:ed|es|ing)? | married | marry(?:ing)? | marries | marriage | wedding | wed | wedded
  | husband | husbands | wife | wives | fianc[eé]e? | engaged | engagement | betrothed
  | betrothal | lovers? | courting | courted | courtship | sweethearts? | proposed | proposal
  | bride | bridegroom | honeymoon | in\s+love | girlfriend | boyfriend | spouse
  | made\s+love | ex-(?:wife|husband|girlfriend|boyfriend|fianc[eé]e?)
"""
# Weak romantic cues: common in romance, common elsewhere too.
_ROMANTIC_WEAK = r"""
    loves? | loved | loving | beloved | darling | dearest | my\s+dear | embrace[ds]?
  | embracing | held\s+hands | holding\s+hands | hand\s+in\s+hand | caress(?:ed|es)?
  | blush(?:ed|es|ing)? | adore[ds]? | dated | dating
"""
_FAMILY = r"""
    mother | father | mothers | fathers | mom | mum | mommy | mummy | mama | mamma | momma
  | papa | pa | dad | daddy | parents? | brother | brothers | sister | sisters | siblings?
  | son | sons | daughter | daughters | aunt | auntie | aunty | uncle | nephew | niece
  | cousin | cousins | grandfather | grandmother | grandpa | grandma | granny | gran
  | grandson | granddaughter | grandchild | grandchildren | twins? | stepmother
  | stepfather | stepson | stepdaughter | half-brother | half-sister | in-law | in-laws
  | brother-in-law | sister-in-law | father-in-law | mother-in-law | son-in-law
  | daughter-in-law | family | kin | kinsman | kinswoman | marmee
"""
# Spouse words are family words that make a couple romantic, not family.
_SPOUSE = r"husband | wife | spouse | widow | widower | bride | bridegroom | fianc[eé]e?"

# One pass finds every cue word, its kind told by the group that matched (spouse words
# first: they are romantic and say more). Run on lower-cased text where lower-casing keeps
# the offsets (``find_cues``): a case-insensitive alternation is several times slower.
_ALL = (
    rf"\b(?:(?P<spouse>{_SPOUSE})|(?P<strong>{_ROMANTIC_STRONG})"
    rf"|(?P<weak>{_ROMANTIC_WEAK})|(?P<family>{_FAMILY}))\b"
)
_ALL_CUES = re.compile(_ALL, re.VERBOSE)
_ALL_CUES_ANY_CASE = re.compile(_ALL, re.VERBOSE | re.IGNORECASE)
_WEIGHTS = {"spouse": 1.0, "strong": 1.0, "weak": 0.5, "family": 1.0}
_KINDS = {"spouse": "spouse", "strong": "romantic", "weak": "romantic", "family": "family"}


def find_cues(text: str, lo: int, hi: int) -> list[tuple[int, int, str, float]]:
    """Return the cue words of ``text[lo:hi]`` in text order, each as ``(start, end, kind,
    weight)``: kind "spouse" (wife, husband …: romantic, weight 1), "romantic" (weight 1,
    or 0.5 for weak words such as "love") or "family" (weight 1)."""
    piece = text[lo:hi]
    lowered = piece.lower()
    if len(lowered) == len(piece):
        matches = _ALL_CUES.finditer(lowered)
    else:  # a few characters change length when lower-cased
        matches = _ALL_CUES_ANY_CASE.finditer(piece)
    found = []
    for m in matches:
        group = m.lastgroup or "family"
        found.append((lo + m.start(), lo + m.end(), _KINDS[group], _WEIGHTS[group]))
    return found


ROMANTIC_STRONG = re.compile(rf"\b(?:{_ROMANTIC_STRONG})\b", re.IGNORECASE | re.VERBOSE)
ROMANTIC_WEAK = re.compile(rf"\b(?:{_ROMANTIC_WEAK})\b", re.IGNORECASE | re.VERBOSE)
FAMILY = re.compile(rf"\b(?:{_FAMILY})\b", re.IGNORECASE | re.VERBOSE)
SPOUSE = re.compile(rf"\b(?:{_SPOUSE})\b", re.IGNORECASE | re.VERBOSE)

# A kinship word that names a relative by itself when it is a character's name or alias:
# "Aunt Em", "Uncle Henry", "her father", "Papa", "Grandpa", "Marmee".
_KIN_NAME = re.compile(
    r"""^(?:(?:the|her|his|my|your|their|our)\s+)?(?:
        aunt(?:ie)? | uncle | grandpa | grandma | granny | grandfather | grandmother
      | father | mother | papa | mama | mamma | momma | mom | mum | dad | daddy | marmee
      | brother | sister | son | daughter | cousin | nephew | niece)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# Titles that come before a name but say nothing of kinship ("Sister" is a nun's title
# only when followed by a name, which _KIN_NAME then also matches: accepted).


_KIN_WORDS = (
    r"brother|sister|father|mother|papa|mama|mamma|momma|mum|mom|dad|daddy|son|daughter"
    r"|aunt|auntie|uncle|cousin|grandpa|grandma|granny|grandfather|grandmother|marmee"
)
_LOVE_WORDS = r"my\s+love|love|darling|sweetheart|sweeting|beloved|husband|wife|my\s+heart"
_VOCATIVE_START = (
    r"^[\W_]*(?:oh,?\s+)?(?:my\s+)?(?:dear(?:est)?\s+)?(?P<kin>{w})\b(?=\s*[,.!?;—–…]|\s*$)"
)
_VOCATIVE_END = r"[,;—–]\s*(?:my\s+)?(?:dear(?:est)?\s+)?(?P<kin>{w})\s*[.!?…]*[\W_]*$"
_KIN_AT = tuple(re.compile(p.format(w=_KIN_WORDS), re.I) for p in (_VOCATIVE_START, _VOCATIVE_END))
_LOVE_AT = tuple(
    re.compile(p.format(w=_LOVE_WORDS), re.I) for p in (_VOCATIVE_START, _VOCATIVE_END)
)
VOCATIVE_REACH = 40  # characters at either end of a quote searched for a vocative


def addresses_as(quote: str) -> tuple[str, bool]:
    """Return the kinship word a quote addresses its listener by ("sister" in "Sister.",
    "papa" in "Yes, Papa", lower-cased; "" when none) and whether it addresses them by a
    word of love ("darling", "my love"), at its start or end."""
    head, tail = quote[:VOCATIVE_REACH], quote[-VOCATIVE_REACH:]
    kin = _KIN_AT[0].search(head) or _KIN_AT[1].search(tail)
    love = bool(_LOVE_AT[0].search(head) or _LOVE_AT[1].search(tail))
    return (kin.group("kin").casefold() if kin else ""), love


_CLERGY = re.compile(
    r"""^(?i:friar|fra|brother|sister|father|mother|abbot|abbess|prior|prioress|reverend|rev\.
      |bishop|archbishop|priest|vicar|parson|pastor|rabbi|deacon|canon)\s+[A-Z]""",
    re.VERBOSE,
)


def is_clergy(name: str) -> bool:
    """Return whether a character name carries a religious title before a name ("Friar
    Tuck", "Sister Agnes", "Father Brown"): their "my son" or "sister" is pastoral."""
    return _CLERGY.match(name.strip()) is not None


def romantic_weight(text: str) -> float:
    """Return the romantic cue weight of ``text``: 1 per strong cue word, 0.5 per weak one,
    capped at 3."""
    weight = len(ROMANTIC_STRONG.findall(text)) + 0.5 * len(ROMANTIC_WEAK.findall(text))
    return min(3.0, weight)


def family_weight(text: str) -> float:
    """Return the family cue weight of ``text``: 1 per kinship word that is not a spouse
    word, capped at 3."""
    return float(min(3, len(FAMILY.findall(text))))


def has_spouse_word(text: str) -> bool:
    """Return whether ``text`` holds a word for a spouse or betrothed (wife, husband …)."""
    return SPOUSE.search(text) is not None


def is_kin_name(name: str) -> bool:
    """Return whether a character name or alias is itself a kinship term ("Aunt Em",
    "her father", "Papa")."""
    return _KIN_NAME.match(name.strip()) is not None


# Gender ---------------------------------------------------------------------------------

# "him" is left out and "her" counts only as a possessive ("her knee", not "kissed her"):
# the object of a sentence about one character is most often someone else.
_NOT_A_NOUN = (
    r"and|or|to|for|with|at|in|on|as|that|the|a|an|up|down|back|out|off|away|again|into"
    r"|onto|from|by|so|but|if|when|then|too|once|now|it|before|after|over|under|through"
)
_PRONOUN = re.compile(r"\b(?:(he|his|himself)|(she|hers|herself)|(her))\b")
_PRONOUN_ANY_CASE = re.compile(_PRONOUN.pattern, re.IGNORECASE)
_POSSESSIVE_FOLLOWS = re.compile(rf"\s+(?!(?:{_NOT_A_NOUN})\b)[a-z]", re.IGNORECASE)


def find_pronouns(text: str, lo: int) -> list[tuple[int, str]]:
    """Return the gendered pronouns of ``text[lo:]`` that tell a gender, in text order, as
    ``(start, "M" or "F")``: he/his/himself, she/hers/herself, and "her" only as a
    possessive ("her knee", not "kissed her")."""
    piece = text[lo:]
    lowered = piece.lower()
    if len(lowered) == len(piece):
        scanned, matches = lowered, _PRONOUN.finditer(lowered)
    else:
        scanned, matches = piece, _PRONOUN_ANY_CASE.finditer(piece)
    found = []
    for m in matches:
        if m.group(3) is not None and not _POSSESSIVE_FOLLOWS.match(scanned, m.end()):
            continue
        found.append((lo + m.start(), "M" if m.group(1) else "F"))
    return found


# The pronoun of a dialogue tag right after a quote: ``"…," she said``.
TAG_PRONOUN = re.compile(r"[\"”’'.,!?…—–\s-]{0,4}(he|she)\b", re.IGNORECASE)

_MALE_TITLES = frozenset(
    """mr mr. sir lord king prince father brother uncle monsieur m. count duke baron earl
    master lad boy husband grandfather grandpa papa dad daddy son nephew friar signor
    senor señor herr don""".split()
)
_FEMALE_TITLES = frozenset(
    """mrs mrs. miss ms ms. lady queen princess mother sister aunt auntie madam madame
    mme mme. mademoiselle mlle duchess duchesse countess baroness dame maid girl wife
    grandmother grandma granny mama mamma mom mum marmee daughter niece signora senora
    señora frau""".split()
)
_TITLE_WORD = re.compile(r"[\w.]+")


def gender_of_name(name: str) -> str | None:
    """Return "M" or "F" when a name or alias carries a gendered title or kin word in its
    first two words ("Mr. Darcy", "Aunt Em", "her father"), else ``None``."""
    words = [w.casefold() for w in _TITLE_WORD.findall(name)[:3]]
    if words and words[0] in ("the", "her", "his", "my", "your", "their", "our"):
        words = words[1:]
    for word in words[:2]:
        if word in _MALE_TITLES:
            return "M"
        if word in _FEMALE_TITLES:
            return "F"
    return None
