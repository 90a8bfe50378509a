"""Word lists and precompiled patterns the relationships stage reads relations from.

Pure data and small lookups, no state: the romantic and family cue words (with weights),
kinship terms in a character's own name ("Aunt Em", "her father", "Papa"), forms of address
that keep a distance ("my lord", "madam", "Mr. Holmes"), and the gendered words used to tell a
character's gender (pronouns, honorifics, kin terms).

Cue words are looked up in word tables (``find_cues``: one tokenising pass in C, then only the
cue words are placed; no regex alternation); every other pattern is a single alternation of
literal words, so each search is linear in the text it scans.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.person_nouns import FATHERS, MOTHERS
from ficshelf.understand.regex_tries import trie_regex
from ficshelf.understand.text import lowered_slice

# The cue words, one table each. A word in two tables takes the kind of the first of spouse,
# strong, weak, family. Phrases are written with a space (any run of whitespace between the
# words) or a hyphen (exactly one hyphen).
# Spouse words are romantic and say more: the couple are spouses, not family.
SPOUSE_WORDS = (
    "husband wife spouse widow widower bride bridegroom fiance fiancé fiancee fiancée"
).split()
# Strong romantic cues: words that state a romance or a marriage outright.
ROMANTIC_STRONG_WORDS = (
    "kiss kissed kisses kissing married marry marrying marries marriage wedding wed wedded"
    " husbands wives engaged engagement betrothed betrothal lover lovers courting courted"
    " courtship sweetheart sweethearts proposed proposal honeymoon girlfriend boyfriend"
    " suitor suitors beau beaux woo wooed wooing woos"
    " in_love made_love ex-wife ex-husband ex-girlfriend ex-boyfriend ex-fiance ex-fiancé"
    " ex-fiancee ex-fiancée"
).split()
# Weak romantic cues: common in romance, common elsewhere too.
ROMANTIC_WEAK_WORDS = (
    "love loves loved loving beloved darling dearest my_dear embrace embraced embraces"
    " embracing held_hands holding_hands hand_in_hand caress caressed caresses blush blushed"
    " blushes blushing adore adored adores dated dating admirer admirers flirt flirts"
    " flirted flirting flirtation jealous jealousy"
).split()
FAMILY_WORDS = (
    "mother father mothers fathers mom mum mommy mummy mama mamma momma papa pa dad daddy"
    " parent parents brother brothers sister sisters sibling siblings son sons daughter"
    " daughters aunt auntie aunty uncle nephew niece cousin cousins grandfather grandmother"
    " grandpa grandma granny gran grandson granddaughter grandchild grandchildren twin twins"
    " stepmother stepfather stepson stepdaughter half-brother half-sister in-law in-laws"
    " family kin kinsman kinswoman marmee aunts uncles nephews nieces grandparents grandsons"
    " granddaughters stepsister stepsisters stepbrother stepbrothers godfather godmother"
    " godson goddaughter godchild godparents"
).split()
# "brother-in-law" is read as "brother" and "in-law": both family words ("foster-sister" as
# "sister").

_KIND_WEIGHTS = (
    (SPOUSE_WORDS, "spouse", 1.0),
    (ROMANTIC_STRONG_WORDS, "romantic", 1.0),
    (ROMANTIC_WEAK_WORDS, "romantic", 0.5),
    (FAMILY_WORDS, "family", 1.0),
)


def _tables() -> tuple[dict[str, tuple[str, float]], dict[str, list[_Phrase]]]:
    """Return the one-word table and, per last word, the phrases ending in it."""
    words: dict[str, tuple[str, float]] = {}
    phrases: dict[str, list[_Phrase]] = {}
    for table, kind, weight in _KIND_WEIGHTS:
        for entry in table:
            parts = _PHRASE_PARTS.split(entry.replace("_", " "))
            if len(parts) == 1:
                words.setdefault(entry, (kind, weight))
                continue
            # parts: word, joiner, word, joiner, …, last word
            before = tuple(zip(parts[-3::-2], parts[-2::-2], strict=True))
            phrases.setdefault(parts[-1], []).append((before, kind, weight))
    return words, phrases


# A phrase: the words before its last one, each with the joiner after it (nearest first).
_Phrase = tuple[tuple[tuple[str, str], ...], str, float]
_PHRASE_PARTS = re.compile(r"([ -])")
_WORDS, _PHRASES = _tables()
_TOKEN = re.compile(r"\w+")
_LAST_WORDS = frozenset(_WORDS) | frozenset(_PHRASES)
# A cue's last word, where it is a whole word token (a run of "\w" characters) of the
# text: the word tokens ``_TOKEN`` finds that ``_LAST_WORDS`` holds, in text order, found
# in C instead of a token list of the whole text. The pattern opens with the character
# before the word (a plain class, so the engine skips in C to the characters that end a
# word instead of trying a lookbehind at every letter a cue word can start with); group 1
# is the word. ``_FIRST_WORD`` is the same word at the very start of the text.
_LAST_WORD_TRIE = trie_regex(w for w in _LAST_WORDS if _TOKEN.fullmatch(w))
_LAST_WORD = re.compile(r"\W(" + _LAST_WORD_TRIE + r")(?!\w)")
_FIRST_WORD = re.compile(r"(" + _LAST_WORD_TRIE + r")(?!\w)")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what a regex "\w" matches


def _phrase_start(lowered: str, start: int, before: tuple[tuple[str, str], ...]) -> int:
    """Return where a phrase whose last word starts at ``start`` begins, or -1 when the
    words before it (``before``, nearest first, each with the joiner after it) are not there."""
    at = start
    for word, joiner in before:
        if joiner == "-":
            if at < 1 or lowered[at - 1] != "-":
                return -1
            at -= 1
        else:
            gap = at
            while at > 0 and lowered[at - 1].isspace():
                at -= 1
            if at == gap:
                return -1
        begin = at - len(word)
        if begin < 0 or lowered[begin:at] != word:
            return -1
        if begin > 0 and _is_word_char(lowered[begin - 1]):
            return -1
        at = begin
    return at


def find_cues(text: str, lo: int, hi: int) -> list[tuple[int, int, str, float]]:
    """Return the cue words of ``text[lo:hi]`` in text order, each as ``(start, end, kind,
    weight)``: kind "spouse" (wife, husband …: romantic, weight 1), "romantic" (weight 1,
    or 0.5 for weak words such as "love") or "family" (weight 1). A phrase ("in love",
    "hand in hand", "ex-wife") is one cue; cues never overlap.

    The cue words that end a cue are found as whole word tokens of the lower-cased text by
    one regex (``_LAST_WORD``: no Python step per word of the text); a phrase is then read
    back from its last word."""
    piece = text[lo:hi]
    lowered = lowered_slice(text, lo, hi)
    if len(lowered) != len(piece):  # only "İ" lower-cases to two characters
        lowered = piece.replace("İ", "i").lower()
    words, phrases = _WORDS, _PHRASES
    found: list[tuple[int, int, str, float]] = []
    last_end = 0
    first = _FIRST_WORD.match(lowered)
    for word in chain((first,) if first else (), _LAST_WORD.finditer(lowered)):
        token, start, end = word.group(1), word.start(1), word.end(1)
        entry = words.get(token)
        for before, kind, weight in phrases.get(token, ()):
            begin = _phrase_start(lowered, start, before)
            if begin >= last_end:
                entry, start = (kind, weight), begin
                break
        if entry is not None:
            found.append((lo + start, lo + end, entry[0], entry[1]))
            last_end = end
    return found


# A kiss placed on the cheek, forehead, hand or hair is affection (a father's, a friend's, a
# housekeeper's goodbye) as often as romance: "kissed her cheek", "kisses the top of his head",
# "kissed him on the forehead", "kissed Mara's hand". It counts as a weak romantic cue, like
# "embraced".
_AFFECTIONATE_KISS = re.compile(
    r"\s+(?:(?:him|her|them|me|you|[A-Z][\w'’-]*)\s+(?:on|upon)\s+|[A-Z][\w-]*['’]s\s+)?"
    r"(?:(?:the|his|her|my|your|their)\s+)?"
    r"(?:top\s+of\s+(?:the|his|her|my|your|their)\s+)?"
    r"(?:cheeks?|forehead|brow|hand|hands|fingers|knuckles|head|hair|ring)\b",
    re.IGNORECASE,
)


def is_affectionate_kiss(text: str, start: int, end: int) -> bool:
    """Return whether the cue word ``text[start:end]`` is a kiss placed on the cheek,
    forehead, hand or hair ("kissed her cheek", "kisses him on the forehead"): affection
    that a parent, a friend or a servant shows as well as a lover."""
    if not text[start:end].lower().startswith("kiss"):
        return False
    return _AFFECTIONATE_KISS.match(text, end, min(len(text), end + 48)) is not None


# A kinship word that names a relative by itself when it is a character's name or alias:
# "Aunt Em", "Uncle Henry", "her father", "Papa", "Grandpa", "Marmee", "Pa" and "Ma" (a
# household's plain names for its parents; not "Ma'am", a title). A kinship title comes
# before a name ("Aunt Em", "Cousin Letty"); a household word or a child's relation ("Ma",
# "Dad", "son") does not: followed by a capitalised name it is a name of its own ("Ma
# Chao", a surname and a given name; "Son Goku"), no relative.
_KIN_NAME = re.compile(
    r"""^(?:(?:the|her|his|my|your|their|our)\s+)?(?:
        (?:aunt(?:ie)? | uncle | grandpa | grandma | granny | grandfather | grandmother
          | father | mother | brother | sister | cousin)\b
      | (?:papa | mama | mamma | momma | mom | mum | dad | daddy | marmee | pa | ma | son
          | daughter | nephew | niece)\b(?!(?-i:\s+[A-ZÀ-ÖØ-Þ]))
    )(?!['’])""",
    re.IGNORECASE | re.VERBOSE,
)
# Titles that come before a name but say nothing of kinship ("Sister" is a nun's title
# only when followed by a name, which _KIN_NAME then also matches: accepted).


_KIN_WORDS = (
    r"brother|sister|father|mother|papa|mama|mamma|momma|mum|mom|dad|daddy|pa|ma|son|daughter"
    r"|aunt|auntie|uncle|cousin|grandpa|grandma|granny|grandfather|grandmother|marmee"
)
_LOVE_WORDS = r"my\s+love|love|darling|sweetheart|sweeting|beloved|husband|wife|my\s+heart"
_VOCATIVE_START = (
    r"^[\W_]*(?:oh,?\s+)?(?:my\s+)?(?:dear(?:est)?\s+)?(?P<kin>{w})\b(?=\s*[,.!?;—–…]|\s*$)"
)
_VOCATIVE_END = r"[,;—–]\s*(?:my\s+)?(?:dear(?:est)?\s+)?(?P<kin>{w})\s*[.!?…]*[\W_]*$"
# A vocative that opens a later sentence of the line and is set off by a comma ("It makes
# me sick. Mamma, I don't have to."): the line turns to its listener. ("My father, …" is
# left out: mid-line it as often points a relative out as it calls one; so is a list of
# kin, "Father, mother and I stayed.")
_VOCATIVE_INNER = (
    r"[.!?…][\W_]*\s+(?:dear(?:est)?\s+)?(?P<kin>{w}),\s"
    r"(?!\s*(?:and|or|{w})\b)"
)
_KIN_AT = tuple(
    re.compile(p.format(w=_KIN_WORDS), re.I)
    for p in (_VOCATIVE_START, _VOCATIVE_END, _VOCATIVE_INNER)
)
_LOVE_AT = tuple(
    re.compile(p.format(w=_LOVE_WORDS), re.I)
    for p in (_VOCATIVE_START, _VOCATIVE_END, _VOCATIVE_INNER)
)
VOCATIVE_REACH = 40  # characters at either end of a quote searched for a vocative
# "My father." standing as its own sentence, or "My sister, sir, ..." with the listener
# addressed by another word: the kin word points someone out, it does not address them.
_KIN_REFERENCE = re.compile(
    rf"^[\W_]*my\s+(?:{_KIN_WORDS})\s*"
    r"(?:[.!?…]|,\s*(?:sir|madam|ma['’]am|my\s+lord|my\s+lady)\b)",
    re.IGNORECASE,
)


def addresses_as(quote: str) -> tuple[str, bool]:
    """Return the kinship word a quote addresses its listener by ("sister" in "Sister.",
    "papa" in "Yes, Papa", lower-cased; "" when none: not "My father." standing alone nor
    "My sister, sir, ...", which point a relative out) and whether it addresses them by a
    word of love ("darling", "my love"), at its start or end, or opening a later sentence
    of it ("It makes me sick. Mamma, I don't have to.")."""
    head, tail = quote[:VOCATIVE_REACH], quote[-VOCATIVE_REACH:]
    kin = None if _KIN_REFERENCE.match(head) else _KIN_AT[0].search(head)
    kin = kin or _KIN_AT[1].search(tail) or _KIN_AT[2].search(quote)
    love = bool(_LOVE_AT[0].search(head) or _LOVE_AT[1].search(tail))
    love = love or bool(_LOVE_AT[2].search(quote))
    return (kin.group("kin").casefold() if kin else ""), love


# The opening of a split quote's second part that continues the first part's sentence as its
# predicate ("My father," said Anne, "is always appalled."): a lower-case verb.
_PREDICATE_START = re.compile(
    r"[\W_]*(?:is|was|were|are|am|has|had|have|will|would|shall|should|can|could|must|may"
    r"|might|does|did|do|says|said|thinks|thought|knows|knew|never|always|isn['’]t|wasn['’]t"
    r"|doesn['’]t|didn['’]t|can['’]t|won['’]t|hasn['’]t|hadn['’]t|wouldn['’]t)\b"
)
_ENDS_WITH_COMMA = re.compile(r",[\W_]*\Z")


def is_subject_fragment(quote: str, following: str) -> bool:
    """Return whether ``quote``, the first part of a split quote whose second part (same
    speaker, same paragraph) is ``following``, is the subject of the sentence the second
    part ends ("My father," said Anne, "is always appalled."): then a kin word, a name or a
    title in it names someone talked about, not the listener addressed."""
    return bool(_ENDS_WITH_COMMA.search(quote[-8:]) and _PREDICATE_START.match(following))


# Forms of address that keep a distance: titles and honorifics said to the listener ("my lord",
# "madam", "Inspector"), as the vocative of a quote ("A moment, my lord Sheriff", "Yes, sir.").
_FORMAL_WORDS = (
    r"my\s+lord|my\s+lady|my\s+liege|sire|sir|madam|madame|ma['’]am|monsieur|mademoiselle"
    r"|your\s+(?:majesty|highness|grace|honou?r|lordship|ladyship|excellency|worship)"
    r"|inspector|constable|sergeant|officer|captain|doctor|professor|master|mistress|miss"
)
_FORMAL_AT = tuple(
    re.compile(p.format(w=_FORMAL_WORDS), re.I)
    for p in (
        r"^[\W_]*(?:oh,?\s+)?(?P<kin>{w})\b(?=\s*[,.!?;—–…]|\s+[A-Z]|\s*$)",
        r"[,;—–]\s*(?P<kin>{w})(?:\s+[A-Z][\w'’-]*)?\s*[.!?…]*[\W_]*$",
    )
)
_HONORIFIC = re.compile(
    r"(?:mr|mrs|ms|miss|sir|lady|lord|dr|doctor|professor|inspector|captain|madam|madame"
    r"|monsieur|mademoiselle|master|mistress|king|queen|prince|princess|duke|duchess"
    r"|count|countess|baron|father|sister|brother|reverend)\b\.?\s",
    re.IGNORECASE,
)


def addresses_formally(quote: str) -> bool:
    """Return whether a quote calls its listener by a title that keeps a distance ("my lord",
    "sir", "madam", "Inspector"), at its start or end."""
    head, tail = quote[:VOCATIVE_REACH], quote[-VOCATIVE_REACH:]
    return bool(_FORMAL_AT[0].search(head) or _FORMAL_AT[1].search(tail))


def is_titled(surface: str) -> bool:
    """Return whether a name as written starts with an honorific or title ("Mr. Holmes",
    "Lady Marian", "Inspector Lestrade"): said to someone, it keeps a distance."""
    return _HONORIFIC.match(surface) is not None


_CLERGY = re.compile(
    r"""^(?i:friar|fra|brother|sister|father|mother|abbot|abbess|prior|prioress|reverend|rev\.
      |bishop|archbishop|priest|vicar|parson|pastor|rabbi|deacon|canon)\s+[A-Z]""",
    re.VERBOSE,
)


@lru_cache(maxsize=4096)  # (a name recurs all through a story: tested once per surface)
def is_clergy(name: str) -> bool:
    """Return whether a character name carries a religious title before a name ("Friar
    Tuck", "Sister Agnes", "Father Brown"): their "my son" or "sister" is pastoral."""
    return _CLERGY.match(name.strip()) is not None


@lru_cache(maxsize=4096)
def is_kin_name(name: str) -> bool:
    """Return whether a character name or alias is itself a kinship term ("Aunt Em",
    "her father", "Papa")."""
    return _KIN_NAME.match(name.strip()) is not None


_PARENT_NAME = re.compile(r"(?:my\s+)?(?P<word>\w+)", re.IGNORECASE)
_FATHER_WORDS = FATHERS
_MOTHER_WORDS = MOTHERS | {"momma", "marmee"}  # (as kin names: "Marmee" is Little Women's)


def parent_gender(name: str) -> str:
    """Return "m" or "f" when character name ``name`` is a parent's kin name alone ("Pa",
    "Mother", a narrator's "my father"), else "" ("Father Andrew", "your mother")."""
    found = _PARENT_NAME.fullmatch(name.strip())
    word = found.group("word").casefold() if found else ""
    return "m" if word in _FATHER_WORDS else "f" if word in _MOTHER_WORDS else ""


# The words a name or alias may open with to say whose kin or whose title it is ("her father").
_OWNER_WORDS = frozenset(("the", "her", "his", "my", "your", "their", "our"))


def _head_words(name: str, word: re.Pattern[str], count: int) -> list[str]:
    """Return the first ``count`` words (``word`` matches) of ``name``, case-folded, less an
    owner's word before them: "her father" gives ["father"], "Aunt Lavinia" ["aunt",
    "lavinia"]."""
    words = [w.casefold() for w in word.findall(name)[:count]]
    return words[1:] if words and words[0] in _OWNER_WORDS else words


# The generation a kin word places a relative in, beside the one whose kin they are:
# parents, their brothers and sisters, grandparents, brothers and sisters.
_GENERATION = {
    **dict.fromkeys(_FATHER_WORDS | _MOTHER_WORDS, "parent"),
    **dict.fromkeys("aunt auntie aunty uncle".split(), "parent's sibling"),
    **dict.fromkeys("grandfather grandpa grandmother grandma granny gran".split(), "grandparent"),
    **dict.fromkeys("brother sister".split(), "sibling"),
}
_KIN_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4096)  # (the pairs of a person's relatives ask of each name many times)
def kin_generation(name: str) -> tuple[str, str] | None:
    """Return the generation ("parent", "parent's sibling", "grandparent" or "sibling")
    and the gender ("M", "F") of the relative a kin name or kin word stands for ("Aunt
    Lavinia", "your father", "Papa"), or ``None`` for any other ("Cousin Kate", "son")."""
    words = _head_words(name, _KIN_WORD, 2)
    word = words[0] if words else ""
    generation = _GENERATION.get(word)
    gender = parent_gender(word).upper() or kin_gender(word)  # ("Ma" is no kin word alone)
    return (generation, gender) if generation and gender else None


def kin_of_each_other(a: str, b: str) -> bool:
    """Return whether two relatives of one person, called by kin names or words ``a`` and
    ``b``, are family of each other whatever the family tree: two aunts (sisters, or
    sisters-in-law), an aunt and the father, a sister and the mother, two brothers. Not
    when they may be each other's spouse (a mother and a father, an aunt and an uncle, a
    grandmother and a grandfather), nor two of one place (two mothers, two grandmothers:
    one person named twice, or a mother and a stepmother) and not for a cousin or a child,
    whose parents the word does not tell."""
    first, second = kin_generation(a), kin_generation(b)
    if first is None or second is None:
        return False
    if first[0] != second[0]:
        return True
    return first[0] == "sibling" or first[0] == "parent's sibling" and first[1] == second[1]


# Gender ---------------------------------------------------------------------------------

# "him" is left out and "her" counts only as a possessive ("her knee", not "kissed her"):
# the object of a sentence about one character is most often someone else.
_NOT_A_NOUN = (
    r"and|or|to|for|with|at|in|on|as|that|the|a|an|up|down|back|out|off|away|again|into"
    r"|onto|from|by|so|but|if|when|then|too|once|now|it|before|after|over|under|through"
)
# Group 1: a masculine pronoun; group 2: a feminine one, "her" only before a word that can be
# its noun (the lookahead: "her knee", not "kissed her" or "gave her a").
_PRONOUN_SOURCE = (
    r"\b(?:(he|his|himself)|(she|hers|herself|her(?=(?i:\s+(?!(?:"
    + _NOT_A_NOUN
    + r")\b)[a-z]))))\b"
)
_PRONOUN = compile_fast(_PRONOUN_SOURCE)
_PRONOUN_ANY_CASE = compile_fast(_PRONOUN_SOURCE, re.IGNORECASE)


def find_pronouns(text: str, lo: int) -> list[tuple[int, str]]:
    """Return the gendered pronouns of ``text[lo:]`` that tell a gender, in text order, as
    ``(start, "M" or "F")``: he/his/himself, she/hers/herself, and "her" only as a
    possessive ("her knee", not "kissed her"). One regex pass, no per-match test."""
    return PronounSearch(text, lo).listed()


class PronounSearch:
    """The gendered pronouns of ``text[lo:]`` that ``find_pronouns`` lists, found one at a
    time: ``first(at)`` is the first of them starting at or after ``at``. A caller that
    needs only the pronoun after each of a few thousand names scans only from each name to
    its pronoun, not the whole text, and builds no list. (The pronouns are whole words
    behind a ``\\b``, so a search from ``at`` finds the first match of the whole text's
    ``finditer`` that starts there or later: none can start inside another.)"""

    def __init__(self, text: str, lo: int) -> None:
        self.lo = lo
        piece = text[lo:]
        lowered = lowered_slice(text, lo)
        # the lower-cased text matched case-sensitively where lower-casing keeps the offsets
        if len(lowered) == len(piece):
            self._piece, self._pattern = lowered, _PRONOUN
        else:
            self._piece, self._pattern = piece, _PRONOUN_ANY_CASE
        self._search = self._pattern.search

    def first(self, at: int) -> tuple[int, int, str] | None:
        """Return (start, end, "M" or "F") of the first pronoun starting at or after
        ``at`` (``at >= lo``), or ``None`` when none does."""
        m = self._search(self._piece, at - self.lo)
        if m is None:
            return None
        lo = self.lo
        return lo + m.start(), lo + m.end(), "M" if m.lastindex == 1 else "F"

    def listed(self) -> list[tuple[int, str]]:
        """Return every pronoun as ``(start, "M" or "F")``, in text order (one pass)."""
        lo = self.lo
        return [
            (lo + m.start(), "M" if m.lastindex == 1 else "F")
            for m in self._pattern.finditer(self._piece)
        ]


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
_KIN_MALE = frozenset(
    """father papa pa dad daddy brother son uncle nephew grandfather grandpa grandson
    stepfather stepson stepbrother half-brother godfather godson""".split()
)
_KIN_FEMALE = frozenset(
    """mother mama mamma momma mom mum mommy mummy sister daughter aunt auntie aunty niece
    grandmother grandma granny gran granddaughter stepmother stepdaughter stepsister
    half-sister godmother goddaughter marmee""".split()
)


def kin_gender(word: str) -> str | None:
    """Return "M" or "F" for a kinship word that tells the relative's gender ("mother",
    "brothers", "grandfather"), ``None`` for one that does not ("cousin", "family")."""
    word = word.casefold()
    for form in (word, word[:-1] if word.endswith("s") else word):
        if form in _KIN_MALE:
            return "M"
        if form in _KIN_FEMALE:
            return "F"
    return None


def gender_of_name(name: str) -> str | None:
    """Return "M" or "F" when a name or alias carries a gendered title or kin word in its
    first two words ("Mr. Darcy", "Aunt Em", "her father"), else ``None``."""
    words = _head_words(name, _TITLE_WORD, 3)
    for word in words[:2]:
        if word in _MALE_TITLES:
            return "M"
        if word in _FEMALE_TITLES:
            return "F"
    return None
