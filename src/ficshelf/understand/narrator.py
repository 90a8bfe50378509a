"""Who tells a first-person story: the narrator's name, from other characters' dialogue.

A first-person narrator calls themself "I"; their name, if the text gives it at all, usually
comes from someone else's mouth: "Thanks, Kit," she said. ``find_narrator`` weighs each
character's vocatives by who speaks the line (a paragraph tagged "she said" is someone else's
line; "I said" is the narrator's own; an untagged one may be either), counts plain mentions in
other characters' lines at half weight, adds self-introductions ("my name is Kit", "call me
Kit"), and discounts characters the narration itself names, as a narrator is "I" there. A call
in someone else's line whose narration, within ``TO_ME_REACH`` characters, has the narrator as
its object or owner ("He turns on me. 'Mademoiselle Lucie.'", "landed a yard from me") is said
to the narrator and weighs ``TO_NARRATOR``, more than a call in another's tagged line ("You,
Johann, hot water," said Sapt: a servant); a name that opens a line with "!" or "?" ("Mr.
Rassendyll!") is a call even when the characters stage did not flag it. Among the rest, one
someone calls by name (or who names themself) ranks above one only talked about, and of those
the weightier calls rank above more talk. A call in an untagged line right after the narrator's
own tagged line, or in a line a described person tags ("the baker said"), is another's line's
call; so is one in an untagged line whose paragraph has a beat of another person acting and none
of the narrator ('"Dr. Marsh, have you a minute?" The nurse looked frightened.'). An untagged
line whose call is set off as calls are ("Dunmore, what ...") and that the narrator answers next
("I said I did not know.": ``narrator_answers``; ``answered_call``), or a name that is all its
paragraph says ('"Mr. Pemberton."') so answered, is another's line to the narrator (rounds fp40,
fp40b). A name inside a quotation a line quotes ("'Emile,' I said to him" in a teller's tale:
``narrator_tales``) is no one's here (round narr41). ``narrator_speaks`` tells whether an
unnamed narrator has lines.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from ficshelf.model import Span
from ficshelf.understand import name_tables as tables
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.names import QuoteIndex
from ficshelf.understand.narrator_answers import narrator_replies
from ficshelf.understand.narrator_called import called_first
from ficshelf.understand.narrator_tales import told_in_tale
from ficshelf.understand.person_nouns import PERSON_NOUNS
from ficshelf.understand.regex_tries import trie_regex

# (a trie: before a word edge or a space only the whole word at a place can match, so it
# matches what the alternation of the verbs, longest first, did)
_SPEECH = trie_regex(tables.SPEECH_VERBS)
_TAG_VERB = compile_fast(rf"\b(?:{_SPEECH})\b")
_TAG_CONTEXT = 30
_OTHER_SUBJECTS = frozenset("he she they He She They".split())
_FIRST_PERSON_SUBJECTS = frozenset({"I"})
_SECOND_PERSON_SUBJECTS = frozenset({"you", "You"})
# The words before a described subject of a tag ("the baker said", "my mother said"): the
# line is someone else's.
_DETERMINERS = frozenset("the The a A an An my My his His her Her their Their our Our".split())
# A beat's subject: a sentence of the paragraph's narration that opens with another person
# acting ("The nurse looked frightened.", "Old Sefton stood on the step.", "His face was
# red.") makes the paragraph's line that person's, as a tag does.
_BEAT_OWNERS = frozenset("His Her Their".split())
_BEAT_ARTICLES = frozenset("The A An My Our".split())
_SENTENCE_START = compile_fast(r"(?:\A|[.!?][\"'”’)]*[ \t]+)[ \t]*(?=[A-Z])")
_FIRST_PERSON_WORD = compile_fast(r"\bI\b")
_SECOND_PERSON_WORD = compile_fast(r"\b[Yy]ou\b")
# At most this many words between a beat's article and its person noun ("The old clerk").
_BEAT_MODIFIERS = 2
# The phrases a narrator names themself after ("my name is Kit"), each ending in a letter.
_SELF_NAMING_PHRASES = (
    "[Mm]y name is",
    "[Mm]y name['’]s",
    "[Cc]all me",
    "I am",
    "I['’]m",
    "[Tt]hey call me",
)
_SELF_NAMING = compile_fast(r"\b(?:" + "|".join(_SELF_NAMING_PHRASES) + r")[ \t]+\Z")
_SELF_NAMING_ENDS = frozenset(phrase[-1] for phrase in _SELF_NAMING_PHRASES)
# The narrator as the object of the narration around a line ("He turns on me."): the line
# is said to the narrator.
_TO_ME = compile_fast(r"\b(?:[Mm]e|[Mm]y|[Mm]yself)\b")
# ... as its object only: "said my uncle" names the speaker's kin, not the listener.
_OBJECT_ME = compile_fast(r"\b(?:[Mm]e|[Mm]yself)\b")
# ... or as the subject of the narration right beside the call ("'Hold hard there, Jan!'
# the men shouted, when I went in"): the narrator is the one there to be called.
_ME_THERE = compile_fast(r"\b(?:[Mm]e|[Mm]yself|I)\b")
# (and "we"/"us", a company the narrator is one of: ``_narrator_ends``)
_TO_ME_OR_I = compile_fast(r"\b(?:[Mm]e|[Mm]y|[Mm]yself|I|[Ww]e|[Uu]s)\b")
_CALL_AFTER = frozenset("!?")
_CALL_ENDS = frozenset(",.!?")
_QUOTE_CLOSERS = "\"'”’» \t"
_QUOTE_EDGE = "\"'“”‘’«»„ \t—–-"

# Weights of a vocative by who speaks the paragraph it stands in.
OTHERS_LINE, UNTAGGED_LINE, OWN_LINE = 1.0, 0.5, 0.0
# ... and of one in a line that is not the narrator's own, in a paragraph whose narration
# has the narrator as its object ("He turns on me. 'Mademoiselle Lucie.'"): said to them.
TO_NARRATOR = 1.5
TO_ME_REACH = 160
SELF_NAMING = 3.0
# A mention in someone's line that is not a vocative weighs this much of a vocative.
QUOTED_MENTION = 0.5
NARRATION_PENALTY = 1.0
MIN_SCORE = 0.6


class NamedMention(NamedTuple):
    """A mention of character ``who`` at ``text[start:end]``. (A named tuple: the
    characters stage makes one per name occurrence, and a tuple is built in a third of the
    time of a frozen dataclass, which sets each field through ``object.__setattr__``.)"""

    start: int
    end: int
    who: int
    vocative: bool
    in_quote: bool


def line_weight_of(
    text: str, para: Span, quotes: QuoteIndex, person: str = "first"
) -> tuple[float, bool]:
    """Return the vocative weight of a paragraph's lines and whether the narrator tags a
    line of it ("I said"; "you say" when ``person`` is "second"). Tags are read outside
    quotes only."""
    own_subjects = _SECOND_PERSON_SUBJECTS if person == "second" else _FIRST_PERSON_SUBJECTS
    own = other = False
    for m in _TAG_VERB.finditer(text, para.start, para.end):
        if quotes.find(m.start()) >= 0:
            continue
        before = text[max(para.start, m.start() - _TAG_CONTEXT) : m.start()].split()
        after = text[m.end() : min(para.end, m.end() + _TAG_CONTEXT)].split()
        if before and before[-1].endswith("ly") and len(before) > 1:
            before = before[:-1]  # "she softly said"
        subject = before[-1] if before else ""
        spaced = text[m.end() : m.end() + 1] in (" ", "\t")
        inverted = after[0].strip(",.;:!?") if after and spaced else ""
        if subject in own_subjects or inverted in own_subjects:
            own = True
        elif subject in _OTHER_SUBJECTS or inverted in _OTHER_SUBJECTS:
            other = True
        elif (subject[:1].isupper() and subject.isalpha()) or inverted[:1].isupper():
            other = True
        elif inverted == "the" and len(after) > 1:
            other = True
        elif len(before) > 1 and before[-2] in _DETERMINERS and subject.isalpha():
            other = True  # "the baker said", "my mother said"
    if own:
        return (OWN_LINE if not other else UNTAGGED_LINE / 2), True
    return (OTHERS_LINE if other else UNTAGGED_LINE), False


def _beat_is_others(
    text: str, para: Span, quotes: QuoteIndex, person: str, names: frozenset[int]
) -> bool:
    """Whether the narration of paragraph ``para`` (outside quotes) has a sentence whose
    subject is another person and never names the narrator's own "I" ("you" when
    ``person`` is "second"): a pronoun ("He looked up."), an owner's word ("His face was
    red."), an article and a person noun ("The nurse looked frightened.", "My brother
    came in") or a name the narration gives (``names``: where they start; "Old Sefton
    stood on the step"); each read at a sentence's start and where the narration after a
    quote starts, so a tag whose verb is no speech verb counts ('"Last one, Lorcan," Jess
    grinned.', "the receptionist sang out"). An action beat beside a line is its speaker's,
    as a tag is:
    '"Dr. Marsh, have you a minute?" The nurse looked frightened.'"""
    if not _holds_line(text, para, quotes):
        return False  # no line in the paragraph
    own = _SECOND_PERSON_WORD if person == "second" else _FIRST_PERSON_WORD
    if any(quotes.find(m.start()) < 0 for m in own.finditer(text, para.start, para.end)):
        return False  # the narrator acts in the paragraph: the line may be theirs
    lead = len(text[para.start : para.end]) - len(text[para.start : para.end].lstrip())
    starts = [para.start + lead]
    starts.extend(m.end() for m in _SENTENCE_START.finditer(text, para.start, para.end))
    starts.extend(_after_lines(text, para, quotes))
    for at in starts:
        if at >= para.end or quotes.find(at) >= 0 or not text[at : at + 1].isalpha():
            continue
        words = text[at : min(para.end, at + 80)].split()[: 2 + _BEAT_MODIFIERS]
        first = words[0][:1].upper() + words[0][1:]  # '"Last one, Lorcan," she grinned.'
        if first in _OTHER_SUBJECTS:
            return True
        if first in _BEAT_OWNERS and len(words) > 1 and words[1].isalpha() and words[1].islower():
            return True
        if first in _BEAT_ARTICLES and any(
            w.strip(",.;:!?").lower() in PERSON_NOUNS for w in words[1 : 2 + _BEAT_MODIFIERS]
        ):
            return True
        if any(n in names for n in range(at, at + len(first) + 2)):  # (a set: not all names)
            return True
    return False


def _holds_line(text: str, para: Span, quotes: QuoteIndex) -> bool:
    """Whether a quote starts in paragraph ``para``."""
    return quotes.next_start(para.start) < para.end


def _after_lines(text: str, para: Span, quotes: QuoteIndex) -> list[int]:
    """Where the narration after each quote of paragraph ``para`` starts, past its closing
    marks and spaces: a tag's place ('"Last one, Lorcan," Jess grinned.')."""
    found: list[int] = []
    at = quotes.next_start(para.start)
    while at < para.end:
        _, end = quotes.bounds(quotes.find(at))
        after = end
        while after < para.end and text[after] in _QUOTE_CLOSERS:
            after += 1
        found.append(after)
        at = quotes.next_start(max(end, at + 1))
    return found


def _turn_weight(
    text: str,
    paragraphs: Sequence[Span],
    li: int,
    quotes: QuoteIndex,
    weights: dict[int, tuple[float, bool]],
    person: str = "first",
    names: frozenset[int] = frozenset(),
) -> float:
    """Return the weight of a call in paragraph ``li``: its ``line_weight_of``, read with
    the turn before it. A new paragraph of dialogue is a new speaker, so an untagged line
    right after a paragraph holding only the narrator's own tagged line ('"We will miss
    the train," I said.' / '"We will miss nothing, Casimir."') is someone else's line to
    the narrator and weighs ``OTHERS_LINE``. (Two turns after another's tagged line is
    not read so: in a scene of three the line may be a third's.) ``weights`` caches each
    paragraph's ``line_weight_of``."""
    if li not in weights:
        weights[li] = line_weight_of(text, paragraphs[li], quotes, person)
    weight, own = weights[li]
    if own or weight != UNTAGGED_LINE:
        return weight
    if _beat_is_others(text, paragraphs[li], quotes, person, names):
        return OTHERS_LINE
    if li == 0:
        return weight
    before = paragraphs[li - 1]
    if not (_holds_line(text, paragraphs[li], quotes) and _holds_line(text, before, quotes)):
        return weight
    if li - 1 not in weights:
        weights[li - 1] = line_weight_of(text, before, quotes, person)
    earlier, earlier_own = weights[li - 1]
    return OTHERS_LINE if earlier_own and earlier == OWN_LINE else weight


def _answered_next(
    text: str,
    paragraphs: Sequence[Span],
    li: int,
    quotes: QuoteIndex,
    weights: dict[int, tuple[float, bool]],
    person: str,
) -> bool:
    """Whether the line of paragraph ``li`` is answered by the narrator in the paragraph
    right after it: one that opens with the narrator's own tagged line ('"Miss Price?"' /
    '"Thank you," I said.'; "you say" when ``person`` is "second") or, in a first-person
    story, with the narrator's reply told in the narration ('"Dunmore, what were you
    doing?"' / "I said I did not know.": ``narrator_answers.narrator_replies``). A new
    paragraph is a new turn: the line answered is someone else's, said to the narrator.
    ``weights`` caches each paragraph's ``line_weight_of``."""
    if li + 1 >= len(paragraphs) or not _holds_line(text, paragraphs[li], quotes):
        return False
    after = paragraphs[li + 1]
    lead = len(text[after.start : after.end]) - len(text[after.start : after.end].lstrip())
    if quotes.find(after.start + lead) < 0 and quotes.find(after.start + lead + 1) < 0:
        return person == "first" and narrator_replies(text, after)
    if li + 1 not in weights:
        weights[li + 1] = line_weight_of(text, after, quotes, person)
    return weights[li + 1] == (OWN_LINE, True)


def answered_call(
    text: str,
    paragraphs: Sequence[Span],
    li: int,
    quotes: QuoteIndex,
    m: NamedMention,
    lines: dict[int, tuple[float, bool]],
    person: str = "first",
) -> bool:
    """Return whether mention ``m``, inside a quote of paragraph ``li``, stands as a call
    set off as calls are (``set_off``) in a line that is not the narrator's own and that
    the narrator answers in the next paragraph (``_answered_next``): another's line said
    to the narrator, whom it calls. ``lines`` caches each paragraph's ``line_weight_of``."""
    if li not in lines:
        lines[li] = line_weight_of(text, paragraphs[li], quotes, person)
    weight, own = lines[li]
    return (
        not own
        and weight > OWN_LINE
        and set_off(text, m, quotes)
        and _answered_next(text, paragraphs, li, quotes, lines, person)
    )


def set_off(text: str, m: NamedMention, quotes: QuoteIndex) -> bool:
    """Whether a mention inside a quote stands where a call does, set off by its
    punctuation: opening the quote or after a comma ("Dunmore, what ...", "Get in the
    back, Oliver."), with a comma, a stop, "!" or "?" right after it (not "Leeds, if we get
    that far" opening a later sentence, nor "Hill Country -- up there")."""
    if text[m.end : m.end + 1] not in _CALL_ENDS:
        return False
    before = _quote_lead(text, m, quotes)
    return before is not None and (not before or before.endswith(","))


def _said_to_me(
    text: str, para: Span, quotes: QuoteIndex, at: int, me: re.Pattern[str] = _TO_ME
) -> bool:
    """Whether the narration within ``TO_ME_REACH`` characters of the quote holding ``at``
    (in its paragraph, outside quotes) has the narrator as its object or owner ("He turns
    on me.", "took my arm"; ``me``: the words that say so): the line is said to the
    narrator."""
    k = quotes.find(at)
    if k < 0:
        return False
    start, end = quotes.bounds(k)
    for lo, hi in (
        (max(para.start, start - TO_ME_REACH), start),
        (end, min(para.end, end + TO_ME_REACH)),
    ):
        if any(quotes.find(m.start()) < 0 for m in me.finditer(text, lo, hi)):
            return True
    return False


def _opens_call(text: str, m: NamedMention, quotes: QuoteIndex) -> bool:
    """Whether a mention inside a quote opens it as a call: nothing but quotation marks
    before it and "!" or "?" right after ("Mr. Rassendyll!", "Kit?")."""
    return _quote_lead(text, m, quotes) == "" and text[m.end : m.end + 1] in _CALL_AFTER


def _quote_lead(text: str, m: NamedMention, quotes: QuoteIndex) -> str | None:
    """Return what mention ``m``'s quote says before it, quotation marks and dashes
    stripped ("" when ``m`` opens the quote), or ``None`` when ``m`` is in no quote."""
    k = quotes.find(m.start)
    if k < 0:
        return None
    start, _ = quotes.bounds(k)
    return text[start : m.start].strip(_QUOTE_EDGE)


def find_narrator(
    text: str,
    paragraphs: Sequence[Span],
    quotes: QuoteIndex,
    mentions: Sequence[NamedMention],
    person: str = "first",
) -> NamedMention | None:
    """Return the mention that best names the first-person narrator (in text order), or
    ``None`` when no character is addressed the way a narrator is. With ``person``
    "second", the same for the "you" a second-person story is told to (whose own lines
    are tagged "you say"; the narration calls them "you", never by name). Paragraphs are
    read only where such a mention stands."""
    lines: dict[int, tuple[float, bool]] = {}
    turns: dict[int, float] = {}  # the weight of a call, read with the exchange's turns
    score: dict[int, float] = {}
    narrated: Counter[int] = Counter()
    best_evidence: dict[int, tuple[float, NamedMention]] = {}
    addressed: set[int] = set()  # characters someone calls by name, or who name themselves
    calls: dict[int, float] = {}  # the weight of those calls and self-namings
    names = frozenset(m.start for m in mentions if not m.in_quote)  # a beat's subjects
    li = 0
    for m in mentions:
        while li < len(paragraphs) and paragraphs[li].end <= m.start:
            li += 1
        if li >= len(paragraphs):
            break
        if not m.in_quote and not m.vocative and not _self_named(text, m):
            narrated[m.who] += 1
            continue
        if m.in_quote and told_in_tale(text, m.start, quotes):
            continue
        if li not in lines:
            lines[li] = line_weight_of(text, paragraphs[li], quotes, person)
        line_weight, own_line = lines[li]
        weight = 0.0
        called = m.vocative or (m.in_quote and _opens_call(text, m, quotes))
        alone = m.in_quote and text[m.end : m.end + 1] in _CALL_ENDS  # (as ``set_off``)
        if not called and alone and name_alone(text, paragraphs[li], m):
            # '"Mr. Thackeray."' / '"Good morning," I said.': a call when answered
            called = answered_call(text, paragraphs, li, quotes, m, lines, person)
        if _self_named(text, m) and (not m.in_quote or own_line):
            weight = SELF_NAMING
        elif called:
            if li not in turns:  # a call weighs by whose turn the line is
                turns[li] = _turn_weight(text, paragraphs, li, quotes, lines, person, names)
            weight = turns[li]
            if weight == UNTAGGED_LINE and answered_call(
                text, paragraphs, li, quotes, m, lines, person
            ):
                weight = OTHERS_LINE  # '"Dunmore, what ...?"' / "I said I did not know."
            if (
                person == "first"
                and not own_line
                and _said_to_me(text, paragraphs[li], quotes, m.start)
            ):
                weight = TO_NARRATOR
        elif m.in_quote:  # "d'Artagnan shall count," said Athos
            weight = line_weight * QUOTED_MENTION
        if weight:
            if weight == SELF_NAMING or called:
                addressed.add(m.who)
                calls[m.who] = calls.get(m.who, 0.0) + weight
            score[m.who] = score.get(m.who, 0.0) + weight
            if weight > best_evidence.get(m.who, (0.0, m))[0]:
                best_evidence[m.who] = (weight, m)
    # A narrator is "I" in the narration: anyone the narration names ranks below anyone it
    # never names. Then being called by name outweighs being talked about: "I tell you,
    # Edward," said my father, "if old Pontifex had had Giotto's chances ..." And the
    # weightier calls outrank more talk: "Susan," called twice, is the maid who tells
    # the story, not "Sol Gills", called once and talked about five times.
    # Only characters with enough evidence compete: one whom the narration never names but
    # whom a single line calls in passing must not shut out the well-evidenced narrator.
    # And one only talked about yields to one called (``narrator_called``).
    ranked = sorted(
        (
            (net, w)
            for w in score
            if (net := score[w] - NARRATION_PENALTY * narrated[w]) >= MIN_SCORE
        ),
        key=lambda sw: (narrated[sw[1]] == 0, sw[1] in addressed, calls.get(sw[1], 0.0), sw[0]),
        reverse=True,
    )
    if not ranked:
        return None
    return best_evidence[called_first([w for _, w in ranked], addressed)][1]


def _self_named(text: str, m: NamedMention) -> bool:
    """Whether the mention follows "my name is", "call me" and the like."""
    # Each such phrase ends in a letter of ``_SELF_NAMING_ENDS`` and then spaces or tabs up
    # to the name: the search runs only where the text before the name ends so (a few in a
    # hundred).
    at = m.start
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    if at == m.start or at == 0 or text[at - 1] not in _SELF_NAMING_ENDS:
        return False
    return _SELF_NAMING.search(text, max(0, m.start - 30), m.start) is not None


@functools.cache
def _first_person_tag() -> re.Pattern[str]:
    """Return an "I said"-like tag ("I said", "said I", "I quietly asked"). Compiled the
    first time ``narrator_speaks`` reads a text (round speed39: compiled at import, for
    every process, it was read by none of 95 stories)."""
    return compile_fast(rf"\bI[ \t]+(?:\w+ly[ \t]+)?(?:{_SPEECH})\b|\b(?:{_SPEECH})[ \t]+I\b")


def narrator_speaks(text: str, paragraphs: Sequence[Span], quotes: QuoteIndex) -> Span | None:
    """Return the first "I said"-like tag outside quotes (the narrator has lines), or None."""
    for para in paragraphs:
        for m in _first_person_tag().finditer(text, para.start, para.end):
            if quotes.find(m.start()) < 0:
                return Span(m.start(), m.end())
    return None


def addressed_narrator(
    text: str,
    paragraphs: Sequence[Span],
    quotes: QuoteIndex,
    mentions: Sequence[Span],
    calls: Sequence[bool],
    person: str = "second",
) -> str:
    """Return the name of the character a story's narrator is (labels of ``mentions``, in
    text order; ``quotes``: the story's quotes; ``calls``: whether each mention, inside a
    quote, is a call), found as ``find_narrator`` finds it with ``person`` ("second": the
    "you" a story is told to, whom the others call by name), or "" when no one is. Linear
    in the mentions; never raises."""
    who: dict[str, int] = {}
    named = [
        NamedMention(
            m.start,
            m.end,
            who.setdefault(m.label, len(who)),
            call,
            quotes.find(m.start) >= 0,
        )
        for m, call in zip(mentions, calls, strict=True)
    ]
    found = find_narrator(text, paragraphs, quotes, named, person)
    if found is None:
        return ""
    return next(name for name, k in who.items() if k == found.who)


def narrator_other_names(
    text: str,
    paragraphs: Sequence[Span],
    quotes: QuoteIndex,
    mentions: Sequence[NamedMention],
    narrator: int,
) -> set[int]:
    """Return the characters (``who`` of ``mentions``, in text order) that are another name of the
    first-person narrator (character ``narrator``): every mention of one is a call in a line
    that is not the narrator's own, or the name alone as a paragraph of its own (a letter's
    signature, "Evelina."), and at least one such call is said to the narrator, the
    narration beside it having "me" as an object ('"Evelina," said my grandmother, turning
    upon me'; '"I have given him a little wine, Mr. Markham," She was looking at the
    picture, not at me.') or "I" as a subject ("'Hold hard there, Jan!' the men shouted,
    when I went in"), or a line right after narration that ends with the narrator in it
    ("Then he took my hand." / '"On my honour, Margot."'). A line that is the name alone
    ('"Mr. Markham."') is a call. A narrator is "I" to the narration and goes by several
    names in the others' mouths: a given name, a title and a surname, a pet form; someone
    the narration names, or whom a line only talks about, is another person. ("my" is no
    such object: '"Pterichthys," said my uncle' names the speaker's kin, not the listener.)
    Linear in the mentions."""
    lines: dict[int, tuple[float, bool]] = {}
    fits: dict[int, bool] = {}
    to_me: set[int] = set()
    li = 0
    for m in mentions:
        while li < len(paragraphs) and paragraphs[li].end <= m.start:
            li += 1
        if li >= len(paragraphs):
            break
        if m.who == narrator or not fits.get(m.who, True) or told_in_tale(text, m.start, quotes):
            continue
        para = paragraphs[li]
        if not m.in_quote:
            fits[m.who] = name_alone(text, para, m)
            continue
        if li not in lines:
            lines[li] = line_weight_of(text, para, quotes)
        weight, _ = lines[li]
        called = m.vocative or _opens_call(text, m, quotes) or _whole_line(text, m, quotes)
        fits[m.who] = called and weight > OWN_LINE
        if fits[m.who] and (
            _said_to_me(text, para, quotes, m.start, _ME_THERE)
            or (li > 0 and _narrator_ends(text, paragraphs[li - 1], quotes))
        ):
            to_me.add(m.who)
    return {who for who in to_me if fits[who]}


def _narrator_ends(text: str, para: Span, quotes: QuoteIndex) -> bool:
    """Whether paragraph ``para`` is narration with no line, whose last ``TO_ME_REACH``
    characters have the narrator in them ("Then he took my hand and held it.", or a "we"
    or "us" the narrator is one of: "We said nothing for a while."): a line right after it
    is said in the narrator's company."""
    if quotes.find(para.start) >= 0 or quotes.next_start(para.start) < para.end:
        return False
    lo = max(para.start, para.end - TO_ME_REACH)
    return any(quotes.find(m.start()) < 0 for m in _TO_ME_OR_I.finditer(text, lo, para.end))


def _whole_line(text: str, m: NamedMention, quotes: QuoteIndex) -> bool:
    """Whether a mention inside a quote is all the quote says ('"Mr. Markham."'): a
    greeting, a call."""
    k = quotes.find(m.start)
    if k < 0:
        return False
    start, end = quotes.bounds(k)
    rest = text[start : m.start] + text[m.end : end]
    return not any(ch.isalnum() for ch in rest)


def name_alone(text: str, para: Span, m: NamedMention) -> bool:
    """Return whether paragraph ``para`` holds nothing but mention ``m`` and punctuation (a
    letter's signature, "Evelina.")."""
    # (the characters beside the name first: a word stands there in most paragraphs)
    near = text[max(para.start, m.start - 4) : m.start] + text[m.end : min(para.end, m.end + 4)]
    if any(ch.isalnum() for ch in near):
        return False
    rest = text[para.start : m.start] + text[m.end : para.end]
    return not any(ch.isalnum() for ch in rest)
