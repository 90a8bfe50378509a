"""Finding person-name candidates in a story and the evidence of how the text uses them.

``scan_names`` runs one regex over each story paragraph for capitalised sequences ("Dr.
Theodora Vance", "Robin of Locksley", "d'Artagnan", "R. M. Renfield"), cuts them at words
that are never names ("Then Theo" is "Theo"), splits off titles (the regex and the cutting
are ``name_sequences``'), and records for each candidate the cues that tell a person from a
place or a common word: a speech verb next to it ("said Theo", "Theo asked"), a vocative
inside a quote ("Thanks, Kit,"), a possessive, a verb that takes a person as subject, any
verb after it with no preposition before it ("Lydia has married"), a place preposition
before it, whether it opens a sentence, the gender of the next subject pronoun (in the
narration; any "he"/"she" after it in the same quote counts as a pronoun without a gender),
and an "it" in the same clause after a name that does not act ("took up Excalibur and
whirled it": a thing); the words just before a name are read by ``name_words_before``.
Deciding which candidates are names is ``person_evidence``'s job (unnamed people, "the
ferryman", are ``descriptors``'s).

Everything is a fixed number of regex matches per candidate, so the scan is linear in the
length of the text.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ficshelf.model import Span
from ficshelf.understand import name_tables as tables
from ficshelf.understand.apposed_roles import CLOSING_MARKS, apposed_role
from ficshelf.understand.eponyms import owns_an_eponym
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.glued_openers import GluedOpeners
from ficshelf.understand.name_sequences import SEQUENCE, name_parts, sequence_plans, title_of
from ficshelf.understand.name_things import owns_a_named_thing, thing_cue
from ficshelf.understand.name_words_before import OPENING, after_comma_line, led, read_before
from ficshelf.understand.naming_calls import calls_a_name
from ficshelf.understand.person_idioms import typical_thing
from ficshelf.understand.person_objects import person_object
from ficshelf.understand.regex_tries import trie_regex
from ficshelf.understand.tense_words import ADVERBS, IRREGULAR_PAST


def _alternation(words: frozenset[str]) -> str:
    """Return a regex matching one of ``words`` (each made of word characters), for use
    before a word edge or a space: a trie (``regex_tries.trie_regex``), which the engine reads
    letter by letter. Before such an edge only the whole word at a place can match, so the
    order of the words does not matter (this was the alternation of the words, longest
    first)."""
    assert all(word.isalnum() for word in words)
    return trie_regex(words)


_SPEECH = _alternation(tables.SPEECH_VERBS)
_SPEECH_AFTER = re.compile(rf",?[ \t]+(?:\w+ly[ \t]+)?(?:{_SPEECH})\b")
# A verb of speech after "had" or "has" too ("The Laird of Dumbiedikes had said it"; not
# any person's verb: "The Pension Bertolini had decided" is a house's people).
_PERSON_VERB_AFTER = re.compile(
    rf"[ \t]+(?:(?:\w+ly[ \t]+)?(?:{_alternation(tables.PERSON_VERBS)})"
    rf"|ha[ds][ \t]+(?:\w+ly[ \t]+)?(?:{_alternation(tables.SPEECH_VERBS)}))\b"
)
# A past tense in -ed right after a name (the tag's verb: "stated", "drawled").
_PAST_AFTER = re.compile(r"[ \t]+[a-z]+ed\b")
_POSSESSIVE_AFTER = re.compile(r"['’](?:s\b|(?=[ \t]))")
# "which is called Greensburgh", "is commonly called Somersetshire", "the inn was called
# the Plough": naming, not speech.
_PASSIVE_CALLED = compile_fast(
    r"\b(?:is|was|are|were|be|been|being)[ \t]+(?:\w+ly[ \t]+)?(?:called|named)[ \t]+"
    r"(?:the[ \t]+)?\Z"
)
# "Kidd's Creek", "Hook's Bay": a possessive before a capitalised place head names a place.
# Bodies of people ("the Cardinal's Guards", "the King's Council") are no places.
_BODIES = frozenset(
    """guards army navy regiment brigade party union association committee council society
    company inc ltd gazette gazetteer times herald chronicle review press line club
    ministry department parliament exchange""".split()
)
_PLACE_HEADS = _alternation(frozenset(w.capitalize() for w in tables.PLACE_HEADS - _BODIES))
# A capitalised compass word right before the name makes it a place: "the West Riding",
# "South Carolina", "the North Gate" (the compass word is a stop word, cut off the run).
# (``compile_fast``: searched before every name, the engine skips in C to an N, S, E or W
# instead of trying the pattern at each of the dozen places.)
_COMPASS_BEFORE = compile_fast(r"\b(?:North|South|East|West)(?:ern)?[ \t]+\Z")
_COMPASS_REACH = 12
_OWNED_PLACE = re.compile(rf"['’]s?[ \t]+(?:{_PLACE_HEADS})\b")
# A possessive that owns no word after it, after "at" or a place preposition, names the
# owner's shop, mill or house: "a carding room at Hamper's and", "the turn-out at Hamper's."
_ELLIPTICAL_OWNED = re.compile(
    r"['’]s(?=[ \t]*(?:[,.;:!?)\u2014\"”’]|$|(?:and|or|but|when|where|until|till|since|"
    r"before|after|for|last|yesterday|tonight|today)\b))"
)
# What only a person has: "Silas Marner's pale face", "Theo's mother" (not "London's streets").
_PERSONAL = """face eyes eye hand hands head hair arm arms shoulder shoulders voice heart mouth
    lips cheek cheeks brow forehead nose ear ears feet foot leg legs knee knees finger fingers
    neck chin smile lap mind wife husband mother father sister brother son daughter aunt uncle
    cousin niece nephew children child"""
# A capitalised word right before a noun for people is a kind, not a name: "a little Swede
# boy", "another Confederate officer".
_KIND_OF_PERSON = re.compile(r"[ \t]+([a-z]+)\b(?![’'-])")  # a word of ``_PEOPLE_WORDS``
_PEOPLE_WORDS = frozenset(
    tables.PERSON_NOUNS
    | {w + "s" for w in tables.PERSON_NOUNS}
    | {"men", "women", "children", "people", "folk"}
)
# What is said only of a person right after a name: "Bartleby, who was a scrivener", "Burke,
# the butler," (a word of ``PERSON_NOUNS``; not "London, whose streets", "Rome, the capital").
_RELATIVE_WHO = re.compile(r",[ \t]+who[ \t]")
# (The noun may be capitalised, as a breed is: "Hector, the Newfoundland,"; only a word of
# ``THING_NOUNS`` is read so.)
_APPOSITION = re.compile(
    r",[ \t]+(?:the|a|an|his|her|my|our|their)[ \t]+(?:[a-z-]+[ \t]+){0,2}?([A-Za-z][a-z]+)[,.;)]"
    # "Gavroche, a street boy of twelve": an indefinite role and "of" (round chr37)
    r"|,[ \t]+an?[ \t]+(?:[a-z-]+[ \t]+){0,2}?([a-z]+)[ \t]+of\b"
)
_PERSONAL_POSSESSION = re.compile(
    rf"['’]s?[ \t]+(?:[a-z]+[ \t]+)?(?:{'|'.join(_PERSONAL.split())})\b"
)
# A name and what is its own: "Pomeroy and his wife", "Nance and her boy".
_AND_OWNER = re.compile(r"[ \t]+and[ \t]+(?:his|her)[ \t]+[a-z]")
# A speaker pointing at someone present: "Fanshawe here found the body", "ask Wilbraham
# here" (in a quote; "in London here" is a place by its preposition).
_HERE_AFTER = re.compile(r"[ \t]+here\b")
# "the voice of Theo" (not "the heart of Sherwood", "the foot of Ben Nevis").
_PERSONAL_OF = compile_fast(
    r"\b(?:face|eyes|voice|lips|wife|husband|mother|father|son|daughter|sister|brother)"
    r"[ \t]+of[ \t]+\Z"
)
# "1882, Grimpen, Dartmoor, Devon": a comma and another capitalised word after a name
# inside a quote continue a list; a call ends its phrase ("Thanks, Kit, I'll go").
_LIST_GOES_ON = re.compile(r",[ \t]+[A-Z][a-z]")
_VOCATIVE_AFTER = re.compile(r"[ \t]*(?:[,.!?…;]|—|–|--|\Z)")
_VERB_AFTER = re.compile(r"[ \t]+(?:\w+ly[ \t]+)?([a-z]+)\b")
# A call opening a quote: "Kit, wait", "Kit — wait", and a name that is a sentence of its
# own before the next: "Kit. Is there a way down?" (an English word there is weak:
# ``person_evidence``).
_VOCATIVE_OPENING = re.compile(r"[ \t]*(?:,|—|–|--|\.(?=[ \t]+[A-Z][a-z]))")
# A name asked as the whole line calls its bearer ("Gabriel?"); alone with a period or "!"
# nothing says so ("Ottoline.", "Pooh!" is as often an interjection)
_WHOLE_CALL = re.compile(r"[ \t]*\?+[ \t]*[”\"’']?[ \t]*\Z")
_PRONOUN_AFTER = compile_fast(r"\b(?:([Hh]e)|([Ss]he))\b")
# A capitalised word inside a sentence (after a lower-case word or a comma): another name
# between a name and the next "he"/"she" ("Gwendolen gives Jack a look ... he") makes the
# pronoun as likely that one's (the same name again does not: "Florence's ... and Florence
# kept to her room; she").
_NAME_INSIDE = re.compile(r"[a-z,;]\s+([A-Z][a-z]+)")
# The first "it"/"its" or end of clause after a name that is no subject: "took up Excalibur
# and whirled it" names a thing. (``compile_fast``: the engine skips in C to an "i" or a
# stop instead of trying the "\b" at every place of the window.)
_IT_OR_STOP = compile_fast(r"\b[Ii]ts?\b|[,.!?;:\"“”]")
_OPENING_QUOTES = '"“‘'
_SENTENCE_END = ".!?…:"
_CLOSING = "\"”’')]*_"
_CONTEXT = 40
_NAMED_AGAIN_REACH = 200
_GENDER_WINDOW = 100
_NEUTER_WINDOW = 60


@dataclass(slots=True)
class Candidate:
    """One occurrence of a possible name: ``text[start:end]`` (title included).

    ``key`` is the name without its title, whitespace-normalised ("Theodora Vance"); ``parts``
    are its words without particles and initials ("Van Helsing" is one part); ``title`` is
    the lower-case title before it ("dr"), or "" — or, for a title standing alone
    ("the Professor"), the title itself with an empty ``parts``. ``pronoun``: a "he" or
    "she" follows in the same narration or quote, or "and his"/"and her" does;
    ``neuter``: an "it" follows in the same clause and no verb follows the name;
    ``finite_verb``: an auxiliary or a past tense in
    -ed or an irregular one follows, or a verb in -s after an adverb ("Persephone has",
    "Trelawney sent", "Pomeroy never pays"); ``thing``: the
    text introduces it as an animal or a thing ("a tall bay called Cavalier", "the ship
    named Wendy", "the dog's name was Bran", "the doll Catherine on her lap", "Tansy, the
    old terrier,": ``name_things``);
    ``named_thing``: the text says so with "called" ("The doll is called Lady Margery");
    ``after_at``: "at" comes
    before it and no "'s" after it ("at Chester", not "at Goneril's gate"); ``personal``: a
    possessive before a body part or a kinsman, or "of" after one ("Theo's pale face", "Theo's
    mother", "the voice of Theo");
    ``after_article_word``: "a", "an" or "every" and one lower-case word come before it
    and no verb after it ("an ancient Dane"); ``kind``: a noun for people follows ("a
    little Swede boy": a kind of person, not a name);
    ``described``: a relative "who" or a role in apposition follows ("Bartleby, who was",
    "Burke, the butler,"); ``led``: a determiner no name takes leads it, with one lower-case
    modifier between at most ("a Gift", "an untrained Gift", "a rather burly Orc", "your Gift",
    "in that Orcish raid": ``name_words_before.led``); ``led_owned``: that determiner is a
    possessive ("my Lucy", "her Wickham" are pet forms of a name; "a Lucy" is not).
    """

    start: int
    end: int
    key: str
    parts: tuple[str, ...]
    title: str
    initial: bool = False
    in_quote: bool = False
    after_the: bool = False
    speech: bool = False
    vocative: bool = False
    possessive: bool = False
    person_verb: bool = False
    place: bool = False
    subject: bool = False
    object_of: bool = False
    after_of: bool = False
    after_article: bool = False
    after_article_word: bool = False
    gender: str = ""
    pronoun: bool = False
    neuter: bool = False
    finite_verb: bool = False
    thing: bool = False
    named_thing: bool = False
    after_at: bool = False
    personal: bool = False
    kind: bool = False
    described: bool = False
    led: bool = False
    led_owned: bool = False


class QuoteIndex:
    """Answers "which quote (if any) holds this offset" in O(log n)."""

    def __init__(self, quotes: Sequence[Span]) -> None:
        ordered = sorted((q.start, q.end) for q in quotes)
        self._starts = [s for s, _ in ordered]
        self._ends = [e for _, e in ordered]

    def find(self, offset: int) -> int:
        """Return the index of the quote holding ``offset``, or -1."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self._ends[i]:
            return i
        return -1

    def next_start(self, offset: int) -> int:
        """Return where the first quote starting at or after ``offset`` starts (or a huge
        number when none does)."""
        i = bisect_right(self._starts, offset - 1)
        return self._starts[i] if i < len(self._starts) else sys.maxsize

    @property
    def ends(self) -> Sequence[int]:
        """Where the quotes end, in text order."""
        return self._ends

    def bounds(self, index: int) -> tuple[int, int]:
        """Return the (start, end) of quote ``index``."""
        return self._starts[index], self._ends[index]

    def ends_before(self, pos: int, reach: int, para: Span) -> bool:
        """Whether a quote ends in ``pos - reach .. pos`` within paragraph ``para``."""
        i = bisect_right(self._ends, pos) - 1
        return i >= 0 and pos - self._ends[i] <= reach and self._ends[i] > para.start

    def starts_after(self, pos: int, reach: int, para: Span) -> bool:
        """Whether a quote starts in ``pos .. pos + reach`` within paragraph ``para``."""
        i = bisect_left(self._starts, pos)
        return (
            i < len(self._starts) and self._starts[i] - pos <= reach and self._starts[i] < para.end
        )


def scan_names(text: str, paragraphs: Sequence[Span], quotes: QuoteIndex) -> Iterator[Candidate]:
    """Yield the name candidates of the ``paragraphs`` of ``text`` in text order, each with
    its evidence (see ``Candidate``). ``quotes`` locates dialogue. Never raises."""
    glued = GluedOpeners(text)
    for para in paragraphs:
        found: list[Candidate] = []  # (appended to, not yielded through two generators)
        for m in SEQUENCE.finditer(text, para.start, para.end):
            _candidates(text, m.start(), m.group(), para, quotes, glued, found)
        yield from found


# A word in capitals ("HARKER", "McBRIDE", "O'HARA"), with its period when it is a title.
_CAPS_WORD = r"[A-Z][a-z]?[A-Z'’-]*[A-Z]\.?"
_CAPS_POSSESSIVE = re.compile(r"['’]S\b.*")  # "HARKER'S JOURNAL" is Harker's
_CAPITALS = compile_fast(rf"(?<![\w'’.-]){_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,4}}(?![\w'’-])")


def scan_capitals(
    text: str, paragraphs: Sequence[Span], quotes: QuoteIndex, known: Iterable[str]
) -> Iterator[Candidate]:
    """Yield the names of ``known`` (candidate keys the text has shown to be people)
    written in capitals ("JONATHAN HARKER", "MR. VILLARS", a shout of "HARRY!"), each as a
    candidate of that key with its evidence, in text order. Nothing when ``known`` is
    empty, so a text all in capitals costs one regex pass. Never raises."""
    keys = {key.lower(): key for key in known}
    if not keys:
        return
    for name in list(keys.values()):  # "HARKER" alone is a part of "Jonathan Harker"
        if " " in name:
            for part in name.split():
                keys.setdefault(part.lower(), part)
    for para in paragraphs:
        for m in _CAPITALS.finditer(text, para.start, para.end):
            matched = _CAPS_POSSESSIVE.sub("", m.group(), count=1).rstrip(".")
            words = matched.split()
            title = title_of(words[0]) if len(words) > 1 else ""
            key = keys.get(" ".join(words[1:] if title else words).lower())
            if key is None or not key[0].isupper():
                continue
            end = m.start() + len(matched)  # "HARKER." ends a sentence
            parts = name_parts([(word, 0, 0) for word in key.split()])
            initial = _at_sentence_start(text, para.start, m.start())
            cand = Candidate(m.start(), end, key, parts, title, initial)
            yield _with_evidence(text, cand, para, quotes)


def _candidates(
    text: str,
    offset: int,
    matched: str,
    para: Span,
    quotes: QuoteIndex,
    glued: GluedOpeners,
    out: list[Candidate],
) -> None:
    """Cut one capitalised sequence at stop words and add its candidates to ``out``.

    How a sequence is cut and what each piece yields depend only on the sequence's words
    and on whether its first word opens a sentence (``sequence_plans``, worked out once for each
    distinct sequence: the same names recur all through a story); only that position and
    the evidence are read at each occurrence; a common word opening the sentence is cut off
    the name after it where the story shows it glued there (``glued_openers``)."""
    plans = sequence_plans(matched)
    if not plans and matched.lower() in tables.PEOPLE_ADJECTIVES:
        # '"…," Irish remarked': a people's word as the subject of a line's tag is a
        # nickname (``person_evidence`` wants two such tags).
        end = offset + len(matched)
        after_end = min(para.end, end + _CONTEXT)
        if after_comma_line(text, max(para.start, offset - _CONTEXT), offset) and (
            _SPEECH_AFTER.match(text, end, after_end) or _PAST_AFTER.match(text, end, after_end)
        ):
            cand = Candidate(offset, end, matched, (matched,), "", False)
            out.append(_with_evidence(text, cand, para, quotes))
        return
    for check, plain, opening, unglued, probe_end in plans:
        made = plain
        if _at_sentence_start(text, para.start, offset + check):
            made = opening
            if unglued is not None:
                word = matched[check:probe_end].split(None, 1)[0]
                if glued.is_glued(word, matched[check:probe_end]):
                    made = unglued
        if made is not None:
            rel_start, rel_end, key, parts, title, initial = made
            cand = Candidate(offset + rel_start, offset + rel_end, key, parts, title, initial)
            out.append(_with_evidence(text, cand, para, quotes))


def _at_sentence_start(text: str, para_start: int, pos: int) -> bool:
    """Return whether the word at ``pos`` opens a sentence (or a quote, or the paragraph)."""
    i = pos
    while i > para_start and text[i - 1] in OPENING:
        i -= 1
        if text[i] in _OPENING_QUOTES:
            return True
    if i <= para_start:
        return True
    before = text[i - 1]
    if before in _SENTENCE_END:
        return True
    if before in _CLOSING and i - 1 > para_start:
        return text[i - 2] in _SENTENCE_END or text[pos - 1] in "“‘"
    return False


_AUXILIARIES = frozenset(
    """has had is was would could will shall should can may might must did does seems
    seemed""".split()
)


def _finite(word: str) -> bool:
    """Whether ``word`` is plainly a finite verb: an auxiliary, a past tense in -ed or an
    irregular one ("Trelawney sent it up")."""
    return word in _AUXILIARIES or word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 3)


def _named_again(text: str, cand: Candidate, call: re.Match[str], q_end: int) -> bool:
    """Whether a name that is a sentence of its own ("Harry.") comes again in the rest of
    its quote, close by ("Harry. You know about Harry."): an answer naming someone, no
    call (one calls "Harry," and goes on with "you")."""
    if not call.group().endswith("."):
        return False
    name = text[cand.start : cand.end]
    return text.find(name, call.end(), min(q_end, call.end() + _NAMED_AGAIN_REACH)) >= 0


def _passive_called(text: str, para_start: int, start: int) -> bool:
    """Whether "is called", "was named" (and "the") ends the text just before ``start`` (the
    regex runs only where the words before end so)."""
    before = text[max(para_start, start - _CONTEXT) : start]
    if not before.endswith((" ", "\t")):
        return False
    tail = before.rstrip(" \t")
    if tail.endswith(" the"):  # "was called the Plough"
        tail = tail[:-4].rstrip(" \t")
    if not tail.endswith(("called", "named")):
        return False
    return _PASSIVE_CALLED.search(text, max(para_start, start - _CONTEXT), start) is not None


_ANSWER_END = " \t,.!…"
_WHERE_QUESTION = re.compile(r"\b[Ww]here\b[^.!?]*\?+[ \t]*\Z")
_ANSWER_REACH = 120  # how far before an answer the question may end (a tag between)


def _after_where(text: str, quotes: QuoteIndex, q: int) -> bool:
    """Whether the quote before quote ``q`` ends, shortly before it, with a question asked
    with "where"."""
    if q <= 0:
        return False
    start, end = quotes.bounds(q - 1)
    if quotes.bounds(q)[0] - end > _ANSWER_REACH:
        return False
    return _WHERE_QUESTION.search(text, max(start, end - _CONTEXT), end) is not None


def _with_evidence(text: str, cand: Candidate, para: Span, quotes: QuoteIndex) -> Candidate:
    """Fill in the evidence fields of ``cand`` (a new candidate: every evidence field at its
    default) from the text around it. (The cues are worked out in local variables and
    stored once at the end: a slot's load or store costs several times a local's.)"""
    start, end = cand.start, cand.end
    para_start, para_end = para.start, para.end
    back = max(para_start, start - _CONTEXT)
    before = read_before(text[back:start])
    after_end = min(para_end, end + _CONTEXT)
    q = quotes.find(start)
    in_quote = q >= 0
    after_the = before.after_the
    # A bare apostrophe is a possessive only after an s ("James' hat"); otherwise it marks a
    # dropped letter ("Mis' Innes", "Talkin' through it").
    follows = text[end : end + 1]  # most regexes after a name need a given mark
    spaced = follows in " \t"
    mark = _POSSESSIVE_AFTER.match(text, end, after_end) if follows in "'’" else None
    possessive = mark is not None and (mark.end() - mark.start() > 1 or text[end - 1] in "sSzZxX")
    vocative = speech = answers_where = False
    if in_quote:
        q_start, q_end = quotes.bounds(q)
        # Only a few characters back: a name deep inside a long quote does not open it.
        lead = text[max(q_start, start - _CONTEXT) : start]
        opens = q_start >= start - _CONTEXT and not lead.strip(OPENING + ".…-—–")
        if opens or cand.initial:  # "Wendy, come here"; "Late!" is no vocative
            call = _VOCATIVE_OPENING.match(text, end, q_end)
            vocative = (call is not None and not _named_again(text, cand, call, q_end)) or (
                opens and _WHOLE_CALL.match(text, end, q_end) is not None
            )
        else:
            closes = end >= q_end or _VOCATIVE_AFTER.match(text, end, q_end)
            listed = before.listed or _LIST_GOES_ON.match(text, end, q_end) is not None
            vocative = bool(closes) and before.vocative and not listed
        vocative = vocative and not possessive and not after_the
        # '"Where'd you get it?" / "Bettsbridge," says Mattie': a name that is the whole
        # answer to a "where" question is a place, not a call.
        answers_where = (
            vocative and not text[end:q_end].strip(_ANSWER_END) and _after_where(text, quotes, q)
        )
        vocative = vocative and not answers_where
    else:
        # "Nobody in Raveloe says": after a place preposition the verb is another's.
        said = _SPEECH_AFTER.match(text, end, after_end) if follows in ", \t" else None
        speech = before.speech or (
            not before.place
            and said is not None
            and not calls_a_name(text, said.end(), after_end)  # "called honest Iago"
        )
        speech = speech and not _passive_called(text, para_start, start)
        # '"…," Slim stated': after a line closed on a comma the sentence goes on, so a
        # capitalised word with a past tense after it is the subject of the line's tag.
        speech = speech or (
            spaced
            and after_comma_line(text, back, start)
            and _PAST_AFTER.match(text, end, after_end) is not None
        )
    object_of = before.object_of
    # After a preposition the verb belongs to the phrase's head: "the men of Sherwood drank".
    person_verb = (
        not object_of and spaced and _PERSON_VERB_AFTER.match(text, end, after_end) is not None
    )
    # "in Silas Marner's face" is no place; "in the King's name" is no person either.
    place = (
        answers_where
        or (before.place and not (possessive and cand.parts))
        or (
            text[start - 1 : start] in " \t"
            and _COMPASS_BEFORE.search(text, max(back, start - _COMPASS_REACH), start) is not None
        )
    )
    role = _APPOSITION.match(text, end, after_end) if follows == "," else None
    # the role in apposition ("the doctor", "a street boy of twelve"), as written
    role_word = (role.group(1) or role.group(2)) if role is not None else ""
    apposed = role_word.lower()
    thing, named_thing = thing_cue(text, start, end, para, apposed)
    speech = speech and not thing  # "a bay called Cavalier" is no call
    if possessive and (
        _OWNED_PLACE.match(text, end, after_end)
        # "Jacob's Ladder" (not "Robin Hood's Well", "St. George's Day": people remembered)
        or (len(cand.parts) == 1 and not cand.title and owns_a_named_thing(text, end, after_end))
        or ((before.at or before.place) and _ELLIPTICAL_OWNED.match(text, end, after_end))
        # "Weil's disease": the disease, named after someone alluded to at most
        or (
            len(cand.parts) == 1
            and not cand.title
            and owns_an_eponym(text, cand.key, end, after_end)
        )
    ):
        possessive, place = False, True
    personal = (
        (possessive and _PERSONAL_POSSESSION.match(text, end, after_end) is not None)
        or (before.of and _PERSONAL_OF.search(text, back, start) is not None)
        # "a letter from Vera", but "wrote to New Zealand": a known place needs more
        or (object_of and person_object(text, back, start) and not tables.known_place(cand.parts))
        or (
            in_quote
            and not place
            and not object_of
            and _HERE_AFTER.match(text, end, after_end) is not None
        )
    )
    kind_match = _KIND_OF_PERSON.match(text, end, after_end) if spaced else None
    kind = kind_match is not None and kind_match.group(1) in _PEOPLE_WORDS
    who = follows == "," and _RELATIVE_WHO.match(text, end, after_end) is not None
    described = (
        who
        or role_word in tables.PERSON_NOUNS
        or (  # "the architect, Yost Van Houten,"; "Aurungzebe, Emperor of the Moguls"
            not in_quote
            and follows in CLOSING_MARKS
            and apposed_role(text, start, end, (para_start, para_end))
        )
    )
    verb = _VERB_AFTER.match(text, end, after_end) if spaced else None
    if role is not None and role.group().endswith(",") and apposed not in tables.THING_NOUNS:
        # "Rosine, the portress, puts her head round the door": the verb after the
        # apposition is the name's
        verb = _VERB_AFTER.match(text, role.end(), min(para_end, role.end() + _CONTEXT))
    present = False  # "Pomeroy never pays on time": after an adverb, "-s" is a verb's
    if verb is not None and verb.group(1) in ADVERBS:
        later = _VERB_AFTER.match(text, verb.end(), after_end)
        if later is not None and (later.group(1).endswith("s") or _finite(later.group(1))):
            verb, present = later, later.group(1).endswith("s")
    acts = not kind and verb is not None and verb.group(1) not in tables.FUNCTION_WORDS
    # ("Timofeich will see to the horses": an auxiliary is a function word, but finite)
    cand.finite_verb = not kind and verb is not None and (present or _finite(verb.group(1)))
    # ("a moment Utterson stood": the article is another noun's when the name acts)
    cand.after_article_word = before.article_word and not acts
    if start - back > 1 and text[start - 2].islower():  # ("… your Gift", "a Gift")
        cand.led, cand.led_owned = led(text[back:start], acts)
    owner = spaced and _AND_OWNER.match(text, end, after_end) is not None
    if not object_of and not before.possessive:
        cand.subject = before.verb or acts or owner
    if not vocative:  # the next "he"/"she" in the same narration or the same quote
        limit = quotes.bounds(q)[1] if in_quote else quotes.next_start(end)
        stop = min(para_end, end + _GENDER_WINDOW, limit)
        pronoun = _PRONOUN_AFTER.search(text, end, stop)
        if pronoun is None and owner:
            cand.pronoun = True  # "Pomeroy and his wife came by": "his" is Pomeroy's
        if pronoun is not None:
            cand.pronoun = True
            others = _NAME_INSIDE.findall(text, end, pronoun.start())
            if not in_quote and (not others or all(w in cand.parts for w in others)):
                cand.gender = "m" if pronoun.group(1) else "f"
            stop = pronoun.start()
        if not acts and not possessive:  # "whirled Excalibur ... and threw it"
            it = _IT_OR_STOP.search(text, end, min(stop, end + _NEUTER_WINDOW))
            cand.neuter = it is not None and it.group()[0] in "Ii"
    cand.in_quote = in_quote
    cand.after_the = after_the
    cand.possessive = possessive
    cand.vocative = vocative
    cand.speech = speech
    cand.person_verb = person_verb
    cand.place = place
    cand.thing = thing
    cand.named_thing = named_thing
    cand.object_of = object_of
    cand.after_at = before.at and not possessive  # "at Goneril's gate" is hers
    cand.personal = personal
    cand.after_of = before.of
    cand.after_article = before.article
    cand.kind = kind
    cand.described = described
    if (before.article or cand.led) and spaced and typical_thing(text, end, after_end):
        # "such a Kaa thing to say": the article is the thing's, the name a person's
        cand.personal, cand.subject = True, False
        cand.after_article = cand.after_article_word = cand.led = cand.led_owned = False
    return cand
