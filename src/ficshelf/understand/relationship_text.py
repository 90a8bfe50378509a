"""Where names, quotes and cue words stand relative to each other: the positional helpers
the relationships pass (``relationship_pairs``) reads a story with.

Every helper is linear in what it is given, or logarithmic per call (bisection over mention
starts): grouping spans by their containers, the names nearest a cue word, the name a kin word
describes ("her brother Thomas"), vocatives inside quotes, surnames and honorifics.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from operator import le

from ficshelf.model import Analysis, Span
from ficshelf.understand import relationship_cues as cues
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.frozen_init import setter_init
from ficshelf.understand.relationship_you import second_person_you

CUE_REACH = 60  # characters between a cue word and a name for the cue to count
BEFORE_CHARS = 1500  # characters back a kin word looks for whose kin it is

_FIRST_PERSON = compile_fast(r"\b(?:I|me|my|mine|myself)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_NAME_TOKEN = re.compile(r"[\w’'-]+")
_SURNAME_BREAKERS = frozenset({"of", "the", "o’", "o'", "le", "la", "du", "von", "van"})
_MR = frozenset({"mr", "mr.", "monsieur", "m.", "sir", "lord"})
_MRS = frozenset({"mrs", "mrs.", "madame", "mme", "mme.", "lady"})
_UNMARRIED = frozenset({"miss", "master"})
# Ranks a married man goes by instead of "Mr." ("Captain Mirvan" and "Mrs. Mirvan"): a wife
# takes her husband's surname, not his rank, so "Mrs." beside one of these is his wife.
_MALE_RANKS = frozenset(
    {
        "captain",
        "capt",
        "capt.",
        "colonel",
        "col",
        "col.",
        "major",
        "general",
        "admiral",
        "dr",
        "dr.",
        "doctor",
        "squire",
        "count",
        "baron",
        "reverend",
        "rev",
        "rev.",
    }
)


def group(items: Sequence[Span], containers: Sequence[Span]) -> list[list[Span]]:
    """Return, per container, the items lying inside it (both in text order; one pass)."""
    return group_by(items, container_index(items, containers), len(containers))


def group_by(items: Sequence[Span], index: Sequence[int], count: int) -> list[list[Span]]:
    """Return ``count`` groups of ``items``, each item in the group ``index`` gives it (its
    ``container_index``; -1 for none), for a caller that already holds that index."""
    groups: list[list[Span]] = [[] for _ in range(count)]
    for item, j in zip(items, index, strict=True):
        if j >= 0:
            groups[j].append(item)
    return groups


def container_index(items: Sequence[Span], containers: Sequence[Span]) -> list[int]:
    """Return, per item, the index of the container holding it (-1 when none). Both are in
    text order and the containers do not overlap (their ends rise), so the search for each
    item's container starts where the last one was found: that container or the next, most
    often, else a bisection (``bisect``, no per-step loop)."""
    out: list[int] = []
    append = out.append
    ends = [c.end for c in containers]
    starts = [c.start for c in containers]
    n = len(ends)
    if ends != sorted(ends):  # overlapping (an end falls): step through
        return _container_index_stepping(items, containers)
    j = 0
    for item in items:
        at = item.start
        # (``j = bisect_right(ends, at, j)``, with the two likeliest answers tried first: a
        # bisection compares a dozen times; round speed48)
        if j < n and ends[j] <= at:
            j += 1
            if j < n and ends[j] <= at:
                j = bisect_right(ends, at, j + 1)
        append(j if j < n and starts[j] <= at and item.end <= ends[j] else -1)
    return out


def _container_index_stepping(items: Sequence[Span], containers: Sequence[Span]) -> list[int]:
    out: list[int] = []
    j = 0
    for item in items:
        while j < len(containers) and containers[j].end <= item.start:
            j += 1
        inside = j < len(containers) and containers[j].start <= item.start
        out.append(j if inside and item.end <= containers[j].end else -1)
    return out


def cast_of(names: Iterator[str], limit: int) -> list[str]:
    """Return the distinct names, most frequent first (ties in order of first appearance),
    at most ``limit``; empty names are left out."""
    counts: dict[str, int] = {}
    for name in names:
        if name:
            counts[name] = counts.get(name, 0) + 1
    if len(counts) < 2:
        return list(counts)[:limit]
    return sorted(counts, key=counts.__getitem__, reverse=True)[:limit]


def pairs_of(cast: Sequence[str]) -> Iterator[tuple[str, str]]:
    for i, a in enumerate(cast):
        for b in cast[i + 1 :]:
            yield a, b


class Near:
    """Answers "is position p within ``CUE_REACH`` characters of one of these mentions?" in
    logarithmic time (mentions never overlap, so their ends rise with their starts)."""

    def __init__(self, mentions: Sequence[Span]) -> None:
        self.starts = [m.start for m in mentions]
        self.ends = [m.end for m in mentions]

    def __call__(self, position: int) -> bool:
        index = bisect_right(self.starts, position + CUE_REACH) - 1
        if index < 0 or self.ends[index] < position - CUE_REACH:
            return False
        # A cue word inside a name ("Aunt Em") is the name's; ``_kin_names`` reads those.
        inner = bisect_right(self.starts, position) - 1
        return inner < 0 or self.ends[inner] <= position


def cue_weights(hits: Sequence[CueHit], near: Near) -> tuple[float, float, bool]:
    """Return (romantic, family, spouse) weights of cue ``hits``, counting only cue words
    within ``CUE_REACH`` characters of a mention ``near`` knows."""
    romantic = family = 0.0
    spouse = False
    for hit in hits:
        if not near(hit.start):
            continue
        if hit.kind == "family":
            family += hit.weight
        else:
            romantic += hit.weight
            spouse = spouse or hit.kind == "spouse"
    return min(romantic, 3.0), min(family, 3.0), spouse


@setter_init
@dataclass(frozen=True, slots=True)
class Where:
    """A sentence's mentions (and their starts) and its span."""

    mentions: Sequence[Span]
    starts: Sequence[int]
    span: tuple[int, int]


def single(mentions: Sequence[Span]) -> bool:
    return all(m.label == mentions[0].label for m in mentions)


@setter_init
@dataclass(frozen=True, slots=True)
class CueHit:
    kind: str  # "romantic", "family" or "spouse"
    weight: float
    start: int
    end: int


class Cues:
    """Every cue word of the story body, found in one pass, and those inside a range. A cue
    the words right before it negate ("never kissed", "wasn't married", "not my brother")
    is left out, and so is a kin or spouse word in a likeness ("loved like a brother", "as a
    sister to her", "like his own son"): no kin at all."""

    def __init__(self, text: str, body: Sequence[Span]) -> None:
        found = cues.find_cues(text, body[0].start, body[-1].end) if body else []
        self.hits = [
            CueHit(kind, _weight(text, kind, weight, start, end), start, end)
            for start, end, kind, weight in found
            if not negated(text, start) and not (kind != "romantic" and likened(text, start))
        ]
        self.starts = [h.start for h in self.hits]

    def within(self, lo: int, hi: int) -> list[CueHit]:
        return self.hits[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def by_span(self, spans: Sequence[Span]) -> dict[int, list[CueHit]] | None:
        """Return, for ``spans`` in text order and none overlapping another, the index of
        each span holding a cue word -> ``within(span.start, span.end)``, found from the
        cue words (a bisection each: a story has far fewer cue words than sentences);
        ``None`` when the spans are not so ordered."""
        bounds = [at for span in spans for at in (span.start, span.end)]
        if not all(map(le, bounds, bounds[1:])):
            return None
        starts = bounds[0::2]
        found: dict[int, list[CueHit]] = {}
        for hit in self.hits:
            i = bisect_right(starts, hit.start) - 1
            if i >= 0 and hit.start < bounds[2 * i + 1]:
                found.setdefault(i, []).append(hit)
        return found


def _weight(text: str, kind: str, weight: float, start: int, end: int) -> float:
    """A cue word's weight: half for a kiss on the cheek, forehead or hand (affection as
    much as romance), else the word's own."""
    if kind == "romantic" and weight > 0.5 and cues.is_affectionate_kiss(text, start, end):
        return 0.5
    return weight


# A negation right before a cue word, past at most two auxiliaries, adverbs or possessives:
# "never kissed", "wasn't married", "not in love", "was never once engaged", "not my brother",
# "not Ysolde's brother".
_NEGATED = compile_fast(
    r"(?:\b(?:not|never|no|nor|neither)|n['’]t)\s+(?:(?:be|been|being|was|were|is|are|am"
    r"|get|got|getting|even|yet|once|ever|really|quite|actually|truly|so|very|much|his|her"
    r"|my|your|our|their|a|an|the|\w+['’]s)\s+){0,2}\Z",
    re.IGNORECASE,
)
NEGATION_REACH = 40  # characters before a cue word searched for a negation


# A likeness right before a kin or spouse word: "like a brother", "like his own son", "as a
# sister". Not "like my wife" (likened to the wife herself) or "as his wife" (often literal).
_LIKENED = compile_fast(
    r"(?:\b(?:like|as)\s+(?:a|an)\s+(?:(?:real|true|second|elder|older|younger|little|big"
    r"|kind\s+of)\s+)?|\blike\s+(?:his|her|my|your|their|our)\s+own\s+)\Z",
    re.IGNORECASE,
)


def likened(text: str, start: int) -> bool:
    """Return whether the cue word at ``start`` is a likeness ("loved him like a brother",
    "was as a mother to her"), not a relation."""
    return _LIKENED.search(text, max(0, start - NEGATION_REACH), start) is not None


def negated(text: str, start: int) -> bool:
    """Return whether the cue word at ``start`` is negated by the words right before it
    ("never kissed", "wasn't married", "not my brother")."""
    return _NEGATED.search(text, max(0, start - NEGATION_REACH), start) is not None


# A possessive before a kin word, past one word that says which relative ("his little
# brother", "her elder sister", "my late husband"): search the ``POSSESSIVE_REACH`` characters
# before the word.
POSSESSIVE_BEFORE = re.compile(
    r"\b(my|your|his|her|our|their)\s+(?:(?:little|big|baby|elder|older|younger|eldest"
    r"|oldest|youngest|own|only|late|dear|poor|twin|half|step|foster|beloved)\s+)?\Z",
    re.IGNORECASE,
)
POSSESSIVE_REACH = 20
# "the" before a kin or spouse word ("the son", "the old father"): the word is a definite
# description of one person, not a tie between the names around it.
ARTICLE_BEFORE = re.compile(
    r"\bthe\s+(?:(?:little|big|baby|elder|older|younger|eldest|oldest|youngest"
    r"|only|late|dear|poor|old|young|new|twin|half|step|foster)\s+)?\Z",
    re.IGNORECASE,
)
# The gender a possessive gives its owner ("his" -> "M", "her" -> "F"; the others tell none).
POSSESSIVE_GENDER = {"his": "M", "her": "F"}
# A possessive noun right before a word: "the king's sister", "the Darlings' nurse".
OWNED_BY_NOUN = re.compile(r"\w+(?:['’]s|s['’])\s+\Z")
# A character's possessive right before a kin word: "Mrs. Morland's daughter", "the
# Darlings' nurse" (group "s": the possessive ending).
_POSSESSOR = re.compile(r"\w(?P<s>['’]s|s['’])\s+\Z")
# What says the possessed kin is a named character: "Osric is Ysolde's brother", "Ilse,
# Mara's sister".
_PREDICATES = re.compile(r"(?:\s+(?:is|was|are|were|being)\s+|,\s*)\Z", re.IGNORECASE)


def possessed_kin(
    text: str, mentions: Sequence[Span], starts: Sequence[int], position: int
) -> tuple[Span | None, str]:
    """For a kin word at ``position`` right after a character's possessive ("Mrs.
    Morland's daughter"), return that character's mention and the label of the character the
    sentence says is that kin ("Osric is Ysolde's brother", "Ilse, Mara's sister"; "" when
    it names none); ``(None, "")`` when no character's possessive stands there."""
    found = _POSSESSOR.search(text, max(0, position - 6), position)
    if found is None:
        return None, ""
    name_end = found.start("s") + (1 if text[found.start("s")] in "sS" else 0)
    k = bisect_right(starts, name_end) - 1
    if k < 0 or mentions[k].end != name_end:
        return None, ""
    owner = mentions[k]
    link = _PREDICATES.search(text, max(0, owner.start - 10), owner.start)
    if link is None or k == 0 or mentions[k - 1].end != link.start():
        return owner, ""
    subject = mentions[k - 1].label
    return owner, "" if subject == owner.label else subject


_DESCRIBES_NEXT = re.compile(
    r",\s{1,2}(?:(?:the|a|an)\s+(?:\w+\s+){0,2}?(?:called|named)\s+)?"
    r"|\s{1,2}(?:(?:of|is|was|called|named)\s+)?"
)
DESCRIBES_REACH = 30  # characters between a kin word and the name it describes after it
_DESCRIBES_PREVIOUS = re.compile(r"\A,\s*(?:(?:her|his|my|their|your|our|the)\s+)?(?:\w+\s+)?\Z")


# "Wamba, son of Witless": after a kin word describing the name before it, "of" names whose
# kin that is.
_OF_OWNER = re.compile(r"\s{1,2}of\s{1,2}(?:(?:the|old|young)\s+)?")


def kin_of(text: str, mentions: Sequence[Span], starts: Sequence[int], hit: CueHit) -> Span | None:
    """For a kin word followed by "of" ("Cedric, father of Wilfred"), return the mention
    right after it, whose kin the word says the described name is; ``None`` when no
    character is named there ("Wamba, son of Witless": kin of someone not in the story).
    Raises ``ValueError`` when no "of" follows the word (check ``follows_of`` first)."""
    found = _OF_OWNER.match(text, hit.end)
    if found is None:
        raise ValueError("no 'of' after the kin word")
    index = bisect_right(starts, found.end() - 1)
    if index < len(mentions) and mentions[index].start == found.end():
        return mentions[index]
    return None


def follows_of(text: str, hit: CueHit) -> bool:
    """Whether "of" follows the kin word ``hit`` ("son of Witless")."""
    return _OF_OWNER.match(text, hit.end) is not None


def described(
    text: str, mentions: Sequence[Span], starts: Sequence[int], hit: CueHit
) -> Span | None:
    """Return the mention a kinship or spouse word stands right beside and so describes:
    "her brother Thomas", "my husband is Jonathan", "a son called Edmund", "Mina, his wife",
    "your mother, the one called Messua", or ``None``. ``starts`` are the mentions'
    starts."""
    index = bisect_right(starts, hit.start)
    if index < len(mentions) and mentions[index].start - hit.end <= DESCRIBES_REACH:
        if _DESCRIBES_NEXT.fullmatch(text, hit.end, mentions[index].start):
            return mentions[index]
    if index > 0 and 0 <= hit.start - mentions[index - 1].end <= 24:
        gap = text[mentions[index - 1].end : hit.start]
        if mentions[index - 1].end <= hit.start and _DESCRIBES_PREVIOUS.match(gap):
            return mentions[index - 1]
    return None


def before(
    mentions: Sequence[Span],
    starts: Sequence[int],
    mention: Span,
    gender_of: Mapping[str, str],
    gender: str | None,
    reach: int = 8,
) -> str:
    """Return the nearest other character named before ``mention`` (at most ``reach``
    mentions and ``BEFORE_CHARS`` characters back): the one whose kin it is, in "Agnes …
    Her brother Thomas". With a ``gender`` (from "her"/"his"), the nearest one not known
    to be of the other gender."""
    return named_before(
        mentions, starts, mention.start, gender_of, gender, mention.label, reach + 1
    )


def named_before(
    mentions: Sequence[Span],
    starts: Sequence[int],
    position: int,
    gender_of: Mapping[str, str],
    gender: str | None,
    exclude: str = "",
    reach: int = 8,
    known: bool = False,
) -> str:
    """Return the nearest character but ``exclude`` named before ``position`` (at most
    ``reach`` mentions and ``BEFORE_CHARS`` characters back) and not known to be of the
    other ``gender`` ("M", "F" or ``None`` for any); with ``known``, only one known to be of
    ``gender``; "" when there is none."""
    k = bisect_right(starts, position)
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        if position - mentions[j].end > BEFORE_CHARS:
            break
        label = mentions[j].label
        if label == exclude or mentions[j].end > position:
            continue
        if gender is None or gender_of.get(label, "" if known else gender) == gender:
            return label
    return ""


# What stands before a name that opens a sentence: "… of the kind. Mrs. Thornton had looked".
_OPENS_SENTENCE = re.compile(r"[.!?…\n][\s\"“”'‘’(]*\Z")
# What stands before a possessive that opens its clause as its subject: "I knew that his
# mother would …", ". Your daughters have …" (not "without his sister", "insulted his mother").
_SUBJECT_OPENS = re.compile(
    r"(?:\A|[.;:!?…—–\n\"“”‘]|\b(?:that|and|but|because|for|as|when|while|though|since|if))"
    r"[\s'’(]*\Z",
    re.IGNORECASE,
)


def opens_clause(text: str, position: int, lo: int) -> bool:
    """Return whether the word at ``position`` opens its clause (a sentence starting at
    ``lo``): after the sentence's start, a stop, a quote mark, or "that", "and", "but" …"""
    if position <= lo:
        return True
    return _SUBJECT_OPENS.search(text, max(lo, position - 12), position) is not None


def named_next(
    text: str,
    mentions: Sequence[Span],
    starts: Sequence[int],
    position: int,
    limit: int,
    exclude: str,
) -> Span | None:
    """Return the first character but ``exclude`` named between ``position`` and
    ``limit`` when that name opens a sentence (the one a reader takes an unnamed "his
    mother" just said to be: "… his mother would wish nothing of the kind. Mrs. Thornton
    had looked at me"), else ``None``."""
    k = bisect_left(starts, position)
    for j in range(k, min(len(mentions), k + 6)):
        mention = mentions[j]
        if mention.start >= limit:
            return None
        if mention.label == exclude:
            continue
        if _OPENS_SENTENCE.search(text, max(0, mention.start - 8), mention.start):
            return mention
        return None
    return None


_SUBJECT = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_OBJECT = re.compile(r"\b(?:him|her|each\s+other)\b", re.IGNORECASE)


def two_people(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` speaks of two people by pronouns: a subject "he"
    or "she" and an object "him", "her" or "each other" ("he kissed her")."""
    return bool(_SUBJECT.search(text, start, end) and _OBJECT.search(text, start, end))


_PRONOUN_IS = re.compile(
    r"\b(she|he)(?:['’]s|\s+is|\s+was)\s+(?:my|his|her|your|our|their)\s+\Z", re.IGNORECASE
)


def pronoun_is(text: str, position: int) -> str | None:
    """Return "F" or "M" when the words before ``position`` say "she is my …" / "he was
    her …" (the kin word at ``position`` is then the pronoun's referent), else ``None``."""
    found = _PRONOUN_IS.search(text, max(0, position - 24), position)
    if found is None:
        return None
    return "F" if found.group(1).casefold() == "she" else "M"


_HE_OR_SHE = re.compile(r"\b(he|she)\b", re.IGNORECASE)


def he_or_she(text: str, lo: int, hi: int) -> str | None:
    """Return "M" or "F" for the last "he" or "she" of ``text[lo:hi]`` (the part of a
    sentence before a cue word: "He kisses Mrs. Vell's hand."), else ``None``."""
    found = _HE_OR_SHE.findall(text, lo, hi)
    if not found:
        return None
    return "F" if found[-1].casefold() == "she" else "M"


def gap(hit: CueHit, mention: Span) -> int:
    """Return the characters between a cue word and a mention: from the mention's end to the
    word when it stands before it, from the word's end to the mention's start after it."""
    return hit.start - mention.end if mention.end <= hit.start else mention.start - hit.end


def nearest(mentions: Sequence[Span], starts: Sequence[int], hit: CueHit) -> list[str]:
    """Return the (at most two) distinct characters named nearest a cue word, within
    ``CUE_REACH`` of it, nearest first; none when the word is part of a name."""
    index = bisect_right(starts, hit.start)
    around = mentions[max(0, index - 3) : index + 3]
    scored = []
    for m in around:
        if m.start <= hit.start < m.end:
            return []  # the word is part of a name ("Aunt Em"): ``_kin_names`` reads it
        distance = gap(hit, m)
        if distance <= CUE_REACH:
            scored.append((distance, m.label))
    names: list[str] = []
    for _, label in sorted(scored):
        if label not in names:
            names.append(label)
    return names[:2]


def narrator_of(analysis: Analysis) -> tuple[str | None, re.Pattern[str] | None]:
    """Return the narrator's name and the pronoun pattern that shows them in the narration,
    for first- and second-person stories (the "you" of a second-person story: the speaker
    of its lines tagged "you say", ``relationship_you.second_person_you``)."""
    pov = analysis.layers.get("pov", ())
    person = pov[0].label if pov else ""
    if person not in ("first", "second"):
        return None, None
    named = analysis.layers.get("narrator", ())
    name = named[0].label if named else None
    if name is None:
        labels = {c.label for c in analysis.layers.get("characters", ())}
        name = "Narrator" if "Narrator" in labels else None
    if name is None and person == "second":
        name = second_person_you(analysis)
    return name, (_FIRST_PERSON if person == "first" else _SECOND_PERSON)


def narrators_word(word: str, narrator: str | None, pronouns: re.Pattern[str] | None) -> str:
    """Return ``narrator`` when the possessive ``word`` ("my", "our"; "your" in a
    second-person story) is the narrator's own by ``pronouns`` (``narrator_of``), else ""."""
    if pronouns is None or pronouns.search(word, 0, len(word)) is None:
        return ""
    return narrator or ""


_BEFORE_VOCATIVE = re.compile(r"(?:^|[,;:—–(]|\.\.\.|…)\s*(?:(?:oh|ah|my|dear|dearest)\s+)?$", re.I)
_AFTER_VOCATIVE = re.compile(r"\s*(?:[,;:.!?—–)]|\.\.\.|…|$)")


def vocative(text: str, quote: Span, mention: Span) -> bool:
    """Return whether ``mention`` addresses someone inside ``quote``: set off by a comma or
    the quote's edges ("Mara, wait", "Come here, Mara.", "Sister.")."""
    before = text[max(quote.start, mention.start - 12) : mention.start]
    after = text[mention.end : min(quote.end, mention.end + 3)]
    return _BEFORE_VOCATIVE.search(before) is not None and _AFTER_VOCATIVE.match(after) is not None


def neighbour_of(
    mentions: Sequence[Span], starts: Sequence[int], mention: Span, reach: int = 5
) -> str | None:
    """Return the label of the nearest other character in ``mentions`` (in text order,
    ``starts`` their starts) before ``mention`` (the one who has the relative, in "Jo looked
    at her father"), else the nearest after it, at most ``reach`` mentions away."""
    k = bisect_left(starts, mention.start)
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        if mentions[j].label != mention.label:
            return mentions[j].label
    for j in range(k, min(len(mentions), k + reach)):
        if mentions[j].label != mention.label and mentions[j].start != mention.start:
            return mentions[j].label
    return None


def surname(name: str) -> str | None:
    tokens = _NAME_TOKEN.findall(name)
    if len(tokens) < 2 or tokens[-2].casefold() in _SURNAME_BREAKERS:
        return None
    last = tokens[-1]
    return last if last[:1].isupper() and len(last) > 1 else None


def honorific(name: str) -> str:
    first = name.split(maxsplit=1)[0].casefold() if name.strip() else ""
    return "mr" if first in _MR else "mrs" if first in _MRS else ""


def spouse_titles(a: str, b: str) -> bool:
    """Return whether two names of one surname are titled as husband and wife: "Mr." (or
    "Sir", "Lord", a rank a married man goes by: "Captain", "Dr.") and "Mrs." (or "Lady",
    "Madame"); or "Uncle" and "Aunt" ("Uncle Poyser", "Aunt Poyser": the niece's aunt and
    uncle of one surname are each other's spouse)."""
    firsts = [n.split(maxsplit=1)[0].casefold() if n.strip() else "" for n in (a, b)]
    kinds = {"mr" if f in _MR or f in _MALE_RANKS else "mrs" if f in _MRS else f for f in firsts}
    return kinds == {"mr", "mrs"} or kinds == {"uncle", "aunt"}


def titled_family_name(name: str) -> str | None:
    """Return the word a title-and-name form ("Miss Tilney", "Lady Glyde", "Mr. Squeers")
    puts after its title, a surname or a given name ("Miss Matilda", "Lady Agatha"), or
    None for any other form: the family name it tells when another character bears that
    word as a surname."""
    tokens = _NAME_TOKEN.findall(name)
    if len(tokens) != 2 or not tokens[1][:1].isupper() or len(tokens[1]) < 2:
        return None
    title = tokens[0].casefold()
    known = title in _MR or title in _MRS or title in _MALE_RANKS or title in _UNMARRIED
    return tokens[1] if known else None


def titled_pair(a: Iterable[str], b: Iterable[str]) -> bool:
    """Return whether a name among ``a`` and one among ``b`` are titled as husband and wife
    of one surname (``spouse_titles``): "Mr. Squeers" and "Mrs. Squeers", not "Lady Glyde"
    (born Laura Fairlie) and her uncle "Mr. Fairlie"."""
    return any(spouse_titles(x, y) and surname(x) == surname(y) for x in a for y in b)
