"""A described subject whose speech verb stands past a clause of its own, right before a
line: the description is the subject of that line's tag.

(Round voice39.) The descriptor scan (``descriptor_evidence``) reads a tag whose verb stands
right beside its subject ("the girl cried", "said a stout woman") or after an aside set off
by commas ("the maid, going by the door, said"). A one-off speaker is as often brought in by
a longer sentence that ends on the verb introducing the line:

    Down on the quay the ferry-boy who held the lantern shouted up to them, "Boat's in!"

    An old drover leaned on the gate, looked at the sky and said, "Rain by noon."

    A pedlar with a pack, who stood by the well and called to the crowd, "Ribbons!"

``speaks_past_clause`` takes such a phrase as the subject of the line's tag: the words after
it open a relative clause ("who held the lantern", "who stood … and called"; not one in the
perfect, "a child who has said something": what they said before) or are its own verb
joined by "and" to the speech verb ("leaned on the gate, looked at the sky and said");
nothing between the phrase and the verb ends a sentence, opens a clause of its own ("while
the tide comes in") or is another subject ("he", "she", "I"...; "the man who she called" is
no relative of the phrase's); the verb introduces a line (no verb of manner, "laughed", no
"goes", no participle) and has no object of its own ("said something", "tried to row"),
and the line opens a few words after it, in the same paragraph or opening the next, at
most one sentence stop between ("shouted up to us, thin on the wind. / 'Boat's in!'").
The characters stage keeps such a phrase as one who speaks; the speakers stage gives the
line to it (``clause_subject_tag``) when no tag of the line names its speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from ficshelf.model import Span
from ficshelf.understand.name_tables import OBJECT_PREPOSITIONS
from ficshelf.understand.names import QuoteIndex
from ficshelf.understand.speaker_cues import Cast
from ficshelf.understand.speech_tags import SUBJECT_PRONOUNS, Tag
from ficshelf.understand.speech_verbs import MANNER_VERBS, SPEECH_VERBS

# How far the line may open after the phrase, and after the speech verb.
_REACH = 200
_TAIL = 60
_WORD = re.compile(r"[A-Za-z]+")
# The word right after the phrase: "who" opening a relative clause (", who said"), or the
# phrase's own verb ("leaned", with no comma between).
_OPENING = re.compile(r"(?P<comma>,)?[ \t]+(?P<word>[a-z]+)\b")
_LONGEST_VERB = max(map(len, SPEECH_VERBS))
# What ends a sentence or a clause the phrase cannot be the subject across.
_STOP = re.compile(r"[.!?;:\"“”\n]|--|—")
# Subjects of their own: a clause with one of these is not the phrase's ("it" is most often
# an object here: "the ferry-boy who held it shouted").
_OWN_SUBJECTS = SUBJECT_PRONOUNS - {"it"}
# What "to" after the verb may take as its listener ("said to me", "called to the crowd");
# else it opens an infinitive ("tried to obtain admission"). A name is one too.
_LISTENERS = frozenset(
    "me him her us them you the a an his my our their its everyone everybody".split()
)
# Words that open a clause with a subject of its own ("while the tide comes in", "that
# I never learned"), and those subjects: the verb after them is not the phrase's.
_OWN_CLAUSES = _OWN_SUBJECTS | frozenset(
    """while when whenever because though although if unless until since whereas as which
    whom whose that""".split()
)
# A relative clause in the perfect tells what the person had done before the line.
_PERFECT = frozenset(("had", "has", "have"))
# Speech verbs that need more than a subject to introduce a line: "goes", "went" ("the
# tide comes in and goes out"), a participle ("was calling for the beer").
_NOT_INTRODUCING = frozenset(("go", "goes", "went"))
# The speech verbs that introduce a line after their subject and clause: not one of manner
# ("laughed"), "goes", or a participle. (A set test on the words near the line is a quarter
# of the cost of searching it for any speech verb, round speed39b.)
_INTRODUCING = frozenset(
    verb
    for verb in SPEECH_VERBS
    if verb not in MANNER_VERBS and verb not in _NOT_INTRODUCING and not verb.endswith("ing")
)
# What may close the tail, before the line's quotation mark: "said, ", "called:", "--".
_TAIL_END = " \t\r\n\"'“”‘’,.:;!?—-"
_JOINING = frozenset(("and",))
# What the verb introducing a line may have right after it (else it says something of its
# own: "a child who has said something foolish"): a place or a listener, a particle, a
# manner in "-ly".
_TAIL_OPENERS = OBJECT_PREPOSITIONS | frozenset("up down out back aloud again".split())
# A described character's mention: a determiner opens it ("the ferry-boy", "a drover").
_DESCRIBED = frozenset("the a an my his her our their".split())


def speaks_past_clause(
    text: str, para: Span, quotes: QuoteIndex, end: int, is_verb: Callable[[str], bool]
) -> bool:
    """Return whether the descriptor phrase ending at ``end`` (in the narration of paragraph
    ``para``) is the subject of a speech verb past a clause of its own that introduces the
    next line (see the module docstring); ``is_verb`` tells a word right after a phrase that
    is its verb ("leaned", "sank")."""
    line = quotes.next_start(end)
    if line - end > _REACH + _TAIL or not _opens_clause(text, end, para.end, is_verb):
        return False  # (the common cases: no line near, no clause after the phrase)
    if line >= para.end and text[para.end : line].strip(_TAIL_END):
        return False  # the line opens no later than the next paragraph
    return clause_reaches_line(text, end, line, is_verb)


def clause_reaches_line(text: str, end: int, line: int, is_verb: Callable[[str], bool]) -> bool:
    """Return whether the narration ``text[end:line]`` after a described subject ending at
    ``end`` is a clause of its own and the speech verb that introduces the line at ``line``
    (see the module docstring)."""
    if line - end > _REACH + _TAIL:
        return False
    opens = _opens_clause(text, end, line, is_verb)
    if not opens:
        return False
    relative = opens == _RELATIVE
    if _INTRODUCING.isdisjoint(_WORD.findall(text, max(end, line - _TAIL - _LONGEST_VERB), line)):
        return False  # (the verb must stand near the line: read the words only then)
    words = list(_WORD.finditer(text, end, line))
    if len(words) < 2:
        return False
    if relative:
        if words[1].group().lower() in _OWN_SUBJECTS or words[1].group()[:1].isupper():
            return False  # "the man who she called": the clause has a subject of its own
        if words[1].group() in _PERFECT:
            return False  # "a child who has said something": what they said before
    k = len(words) - 1
    while k > 0 and words[k].group() not in _INTRODUCING:
        k -= 1
    if k == 0:
        return False
    verb = words[k]
    if not relative and words[k - 1].group() not in _JOINING:
        return False
    if verb.start() - end > _REACH or _STOP.search(text, end, verb.start()):
        return False
    if any(w.group().lower() in _OWN_CLAUSES for w in words[1:k]):
        return False  # "while the tide comes in": another clause, with its own subject
    tail = text[verb.end() : line]
    if len(tail) > _TAIL or any(w.group().lower() in _OWN_SUBJECTS for w in words[k + 1 :]):
        return False
    if k + 1 < len(words) and not text[verb.end() : words[k + 1].start()].strip():
        opener = words[k + 1].group().lower()
        if opener not in _TAIL_OPENERS and not opener.endswith("ly"):
            return False  # "who has said something foolish": the verb has its own object
        listener = words[k + 2].group() if k + 2 < len(words) else ""
        if opener == "to" and listener.lower() not in _LISTENERS and not listener[:1].isupper():
            return False  # "tried to obtain admission": an infinitive, no listener
    return _STOP.search(tail.rstrip(_TAIL_END)) is None


def clause_subject_tag(
    cast: Cast, text: str, start: int, line: int, is_verb: Callable[[str], bool]
) -> Tag | None:
    """Return the tag of the line opening at ``line`` whose subject is the last described
    character of ``cast`` mentioned in the narration ``text[start:line]`` past whose clause
    the speech verb introduces the line ("the ferry-boy who held it shouted up to us,"), or
    ``None``. Only an unnamed character (its name is a description, in lower case) is
    taken: a named one's tags are ``speech_tags``'s, its epithets ("the Captain") too."""
    lo = max(start, line - _REACH - _TAIL)
    found: Tag | None = None
    for k in range(cast.first_at(lo), len(cast.narration)):
        mention = cast.narration[k]
        if mention.end > line:
            break
        # (``clause_reaches_line`` reads the clause after the phrase before it looks for a
        # speech verb near the line: no search of the text for a phrase with no clause)
        if _described(text, mention) and clause_reaches_line(text, mention.end, line, is_verb):
            found = Tag(mention.label, "", mention.start)
    return found


_RELATIVE = 2


def _opens_clause(text: str, end: int, limit: int, is_verb: Callable[[str], bool]) -> int:
    """Return ``_RELATIVE`` when a relative clause opens right after the phrase ending at
    ``end`` (", who said"), 1 when the phrase's own verb follows it ("leaned"), else 0."""
    opening = _OPENING.match(text, end, limit)
    if opening is None:
        return 0
    if opening.group("word") == "who":
        return _RELATIVE
    return int(not opening.group("comma") and is_verb(opening.group("word")))


def described_ends(cast: Cast, text: str, is_verb: Callable[[str], bool]) -> list[int]:
    """Return where the narration mentions of ``cast``'s unnamed characters (named by a
    description, in lower case) that ``clause_subject_tag`` may take end, in text order:
    what ``described_near`` reads. Only a mention that opens with a determiner and has a
    clause right after it ("the ferry-boy who", "a drover leaned") is kept: one pass over
    the mentions, so that the sieve looks for none near a line with no such mention."""
    return [
        m.end
        for m in cast.narration
        if _described(text, m) and _opens_clause(text, m.end, len(text), is_verb)
    ]


def _described(text: str, mention: Span) -> bool:
    """Whether ``mention`` is of an unnamed character (its name a description, in lower
    case; not "the Captain" for Captain Mirvan) and opens with a determiner."""
    return (
        mention.label[:1].islower()
        and text[mention.start : mention.end].split(" ", 1)[0].lower() in _DESCRIBED
    )


def described_near(ends: Sequence[int], line: int) -> bool:
    """Return whether one of ``ends`` (``described_ends``) stands close enough before the
    line at ``line`` for ``clause_subject_tag`` to find its subject there."""
    i = bisect_left(ends, line - _REACH - _TAIL)
    return i < len(ends) and ends[i] <= line
