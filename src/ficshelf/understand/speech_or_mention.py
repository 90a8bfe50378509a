"""Speech or mention: whether a closed quotation is dialogue or quoted words inside narration.

The "dialogue" stage finds every pair of quotation marks; this module decides which of them
hold what a character says or thinks, and which only mention words: a term, a name, a title,
a scare quote. A quotation inside a sentence is a mention, not dialogue, when the word right
before it introduces one (an article, possessive or preposition, "as", "named": ``known as a
"drummer."``, ``the "younger set"``) unless it asks a question or a verb of speaking says
"the word(s)" aloud (``saying the word "child"`` is speech); when it is in title case with
no punctuation of its own (``sang "Over the Hills and Far Away" again``); or when it is
short (up to ``MAX_SCARE_WORDS`` words), ends with no punctuation of its own but a comma (or
a full stop right after a word: ``called it "life."``), has no verb of speaking before or
after it, and either no comma, colon or sentence end before it or, ending with a word, is
followed by more of its sentence in lower case (``a woman, "young" and fair``). Nor is a
quotation after words that are imagined, habitual or denied ("as if to say", "used to say",
"might say", "didn't say", "seemed to say", "would think"), or only ready or supposed to be
said ("ready to call out", "apt to say", "all very well to say"), or before them as its tag
(``"As slick," we used to say``).

A quotation of any length that starts in lower case in the middle of a sentence of
narration (after a word but "that", or a comma, with no quotation earlier in its sentence
but a term opened after a word: ``a "look round" … unlike himself, "met," and``) quotes a
phrase, not speech (``flame squirted out, "as flaming gases rushed out of a gun." A
fine phrase``), unless a verb of speaking introduces it, a tag follows it, or it holds what only
a speaker says ("I", "we", "you", a question, an exclamation: ``Bea looked up, "thanks, you
too."``), or ends, in the speaker's own words, a sentence of reported speech that "say" or
"tell" opens (``Nell said the pears were "soft as butter." We``: two words or more, ending
with the quotation's own stop, not after "called"). A line split by its tag (``"Well," he
said, "we might."``) has a quotation earlier in its sentence and is speech; so is a short
quotation that goes on a line tagged earlier in its sentence (``"Psychic," the girls
whispered, and "spiritual."``).

What counts as a verb of speaking introducing a quotation: one right before it, or with up
to two words between that a comma or colon ends (``he said to Ann, "yes"``) or that only say
to whom or how (``told him "no"``, ``said softly "go"``); never one followed by "that", "if",
"whether" (reported speech: ``said that she "cared"``), and "go" only before a comma or colon
(``she went, "No way"``, but ``went "punting"``). A tag after a quotation is a subject and a
verb of speaking (``she said``, ``as the ferrymen say``) or the verb first; a capitalised
conjunction or preposition ("When his rivals spoke") starts a new sentence, not a tag.

Written words are not speech either: a quotation that a word of writing comes before in its
sentence (``the inscription, "Also Jane,"``, ``write to this effect: "..."``, a motto, a
text, a telegram, a caption), unless a verb of speaking introduces it, or that a passive
verb of writing follows (``"For Ada," was engraved inside the lid``).

Nor is verse run together into one line (an epigraph, a poem quoted in narration), even
opening its paragraph, unless a verb of speaking introduces it or a tag follows it: it
reads as verse when capitalised English words that are no given name stand right after a
word in lower case, as verse lines start (``Old longings leap, Chafing at custom's chain;
Again from sleep``), at least two and one every twelve words (``reads_as_verse``); a
capitalised word before another one starts a name ("New Year's Eve", "Master Marner"), not
a line.

Each decision reads the quotation and a bounded window around it; quotations never overlap,
so the stage stays linear.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.name_tables import ENGLISH_WORDS, GIVEN_NAMES, TITLE_ABBREVIATIONS
from ficshelf.understand.speech_verbs import SPEECH_VERB, compile_with_verbs, is_speech_verb
from ficshelf.understand.story_marks import QUOTE_MARKS
from ficshelf.understand.unsaid_words import never_said

MAX_SCARE_WORDS = 4

_LEAD = re.compile(r"[\s*_~—–-]*")
_ENDS_LIKE_SPEECH = re.compile(r"[.;:!?…—–\-~]['’\"”*_)\s]*\Z")
# Before a quotation: a comma or colon ("she said, "), or the end of a sentence.
_BEFORE_SPEECH = re.compile(r"(?:[,:]|[.!?…]['’\"”*_)]*)\s*\Z")
_WORD = re.compile(r"\w+")
# Words that are not said, only imagined, habitual or denied: 'as if to say', 'used to say',
# 'you might say', 'she didn't say', 'her eyes seemed to say', 'he would think'; or only
# ready to be said, or said in a supposition: 'ready to call out', 'apt to say', 'wont to
# cry', 'all very well to say' (the quotation is what would be said, not what was).
_NOT_SAID_VERB = (
    r"\b(?:(?:can|could|would|might|may|should|must|used\s+to|as\s+(?:if|though|much\s+as)\s+to"
    r"|seem(?:s|ed|ing)?\s+to|didn't|didn’t|did\s+not|never)\s+(?:\w+\s+)?(?:say|think)"
    r"|(?:ready|apt|wont|(?:all|very)\s+well)\s+to\s+(?:say|call\s+out|cry(?:\s+out)?|exclaim))"
)
_NOT_SAID = re.compile(_NOT_SAID_VERB + r"[\s,:]*\Z", re.I)
# What the last few characters before a quotation hold when ``_NOT_SAID`` can match there.
_NOT_SAID_NEAR = ("say", "think", " out", "cry", "claim")
# A habit as the tag of a quotation ending with a comma: '"As slick," we used to say'
# ('he would say to me' is what he said, time and again).
_HABIT_AFTER = re.compile(r"\s*(?:he|she|i|they|we|you|one|people)\s+used\s+to\s+say\b", re.I)
_PLAIN_WORD = re.compile(r"[\w'’-]+")
# The sentence going on in lower case right after a quotation's closing mark.
_GOES_ON = re.compile(r"[ \t]+[a-z]")


@functools.cache
def _said_the_word() -> re.Pattern[str]:
    """Return a verb of speaking and "the word(s)" right before a quotation: 'saying the
    word "child"' says it aloud. Compiled the first time a quotation follows "word(s)"
    (round speed39: compiled at import, it was read by 1 of 95 stories)."""
    return compile_with_verbs(
        r"\b(?:" + SPEECH_VERB.pattern + r")\s+(?:\w+\s+)?the\s+words?\s*[,:]?\s*\Z", re.I
    )


# Words after which a quotation is a name, a title or a term, not speech.
_TERM_INTRODUCERS = frozenset(
    """the a an his her its my our their your this these those of for with from by to into
    about at in on upon than as named entitled dubbed word words phrase""".split()
)
# What only a speaker says: "I", "we", "you" (any form), a question or an exclamation.
_PERSONAL = re.compile(
    r"[?!]|\b(?:I|(?i:i['’](?:m|ve|ll|d)|me|my|mine|myself|we|us|our|ours|you|your|yours))\b"
)
_FIRST_LETTER = re.compile(r"[^\W\d_]")
# Right before a quotation that starts mid-sentence: a word (and a space) or a comma.
_MID_SENTENCE = re.compile(r"(?:\w|\w,|,)[ \t]+\Z")
# A sentence's end, as found reading backwards: a capital letter, a space, then ".", "!" or
# "?" (and closing marks); '"Phew!" said he, "if"' goes on in lower case, one sentence. The
# full stop of a title ("says Mr. Beebe") ends none: the pattern reads the title reversed.
_TITLES_REVERSED = "|".join(title[::-1] for title in TITLE_ABBREVIATIONS.split("|"))
_SENTENCE_END = re.compile(rf"[A-Z]\s+['’\"”)]*(?:[!?]|\.(?!(?:{_TITLES_REVERSED})\b))")
_SENTENCE_WINDOW = 400
# Words that say a quotation is written, not spoken, when they come before it in its
# sentence ('the inscription, "..."', 'write to this effect: "..."') or, in the passive,
# right after it ('"...," was engraved upon it'). In lower case: a heading in capitals
# ('REASONS FOR WRITING') says nothing.
_WRITING_BEFORE = compile_fast(
    r"\b(?:inscriptions?|inscribed|engraved|engraving|printed|written|wrote|write|writes"
    r"|writing|handwriting|motto|text|placard|headline|epitaph|telegram|caption|[Ii]llustration)\b"
)
_WRITING_WINDOW = 80
# A full stop, question or exclamation mark and a space, as found reading backwards.
_STOP_BACKWARDS = re.compile(r"\s['’\"”)]*[.!?…]")
_WRITTEN_AFTER = re.compile(
    r"[\s,]*(?:was|were|is|are|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:engraved|written"
    r"|printed|inscribed|painted|carved|scrawled|stamped|embroidered|lettered|pencilled|typed"
    r"|scratched|chalked)\b",
    re.I,
)
# Words after a verb of speaking that make its speech reported, not quoted ('said that').
_REPORTING = frozenset("that if whether how what why".split())
# Words that may stand between a verb of speaking and its quotation with no comma: to whom
# and how it is said ('told him "no"', 'said again "go"'); adverbs in -ly are allowed too.
_TO_WHOM_OR_HOW = frozenset(
    "him her them me us you it to again aloud out back up once only simply just".split()
)
# Subjects of a verb of speaking that quote a phrase, not a speaker: 'as the saying goes'.
_SAYINGS = frozenset("phrase saying expression proverb words song rhyme".split())
# "go" is a verb of speaking only before a comma or colon ('she goes, "no way"').
_GO = frozenset("go goes went".split())


@functools.cache
def _tag_after() -> re.Pattern[str]:
    """Return a speech tag right after a quotation: a subject (a pronoun, a determiner or a
    capitalised word that is no conjunction, then up to two more words, none a determiner:
    "Vanity was the beginning" is no tag) and a verb of speaking, or the verb first. (A verb
    of speaking right before a quotation is ``_speech_verb_before``.) Compiled the first
    time a text needs it (round speed39: compiled at import, it was read by 12 of 95
    stories)."""
    return compile_with_verbs(
        r"[\s,]*(?:as\s+)?(?:(?:he|she|i|they|we|you|it|one|the|a|an|his|her|my|our|their|"
        r"(?!(?:when|if|as|but|and|then|so|yet|while|though|although|after|before|since|"
        r"because|where|what|who|how|why|there|in|at|on|for|with|or|nor|not|no|now|once|"
        r"until)\b)"
        r"(?-i:[A-Z])[\w.'’-]*)"
        r"\s+(?:(?!(?:the|a|an|his|her|its|their|my|our|your|this)\s)[\w.'’-]+\s+){0,2}?)?"
        r"(?:" + SPEECH_VERB.pattern + ")",
        re.I,
    )


# A verse line's start in verse run together into one line: a word in lower case (and a
# comma or semicolon), then a capitalised word, itself not followed by a comma ("leap,
# Chafing at", "isles Of farthest"; "well, Mother, I" is an address) nor by another
# capitalised word (a name of two words: "that New Year's Eve", "say it, Master Marner").
_LINE_START = re.compile(r"\b([a-z]+)[,;]?[ \t]+([A-Z][a-z]+)\b(?![,'’]|[ \t]+[A-Z])")
# The capital of a ``_LINE_START`` word (after a space, a lower-case letter on): a speech
# with fewer than ``MIN_VERSE_LINES`` of them holds no verse, and is not scanned word by
# word for them (the search skips in C to the capitals): round speed36.
_CAPITAL_AFTER_SPACE = re.compile(r"[A-Z](?<=[ \t][A-Z])[a-z]")
# Words after which a capitalised word is a name, not a line's start ("across the Channel").
_BEFORE_NAMES = frozenset(
    """the a an of in to at from by with for on into my his her our their your and or
    dear saint st mr mrs miss""".split()
)
MIN_VERSE_LINES = 2
MAX_WORDS_PER_VERSE_LINE = 12


def reads_as_verse(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` reads as verse run together into one line (an
    epigraph, a poem quoted in narration): capitalised English words that are no given name
    stand right after a word in lower case, as the first words of verse lines do ("Old
    longings leap, Chafing at custom's chain; Again from sleep"), at least
    ``MIN_VERSE_LINES`` of them and one every ``MAX_WORDS_PER_VERSE_LINE`` words (a long
    speech holds a title or two: "made Knights", "be Sir")."""
    at = start
    for _ in range(MIN_VERSE_LINES):
        capital = _CAPITAL_AFTER_SPACE.search(text, at, end)
        if capital is None:
            return False
        at = capital.end()
    lines = 0
    for m in _LINE_START.finditer(text, start, end):
        before, word = m.group(1), m.group(2).lower()
        if before not in _BEFORE_NAMES and word in ENGLISH_WORDS and word not in GIVEN_NAMES:
            lines += 1
    if lines < MIN_VERSE_LINES:
        return False
    return len(_WORD.findall(text, start, end)) <= lines * MAX_WORDS_PER_VERSE_LINE


def _word_before(text: str, lo: int, pos: int) -> str | None:
    """Return the word right before ``pos`` (only spaces between), or ``None`` when
    something else (punctuation, a digit) stands there."""
    end = pos
    while end > lo and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > lo and start > end - 30 and text[start - 1].isalpha():
        start -= 1
    if start == end or (start > lo and (text[start - 1] in "'’-_" or text[start - 1].isdigit())):
        return None
    return text[start:end]


def _speech_verb_before(text: str, lo: int, pos: int) -> bool:
    """Return whether a verb of speaking introduces the quotation opening at ``pos``: it
    stands right before it, or with up to two words between that a comma or colon ends
    ('he said to Ann, "yes"') or that only say to whom or how ('told him "no"', 'told Ann
    "no"', 'said softly "go"'). Not "called" ('the so-called "set"'), not a verb of reported
    speech ('said that she "cared"'), and "go" only before a comma or colon ('she went, "no
    way"'; 'went "twosing"' is no speech), nor after a saying ('as the phrase goes, "...')."""
    words = text[max(lo, pos - 40) : pos].split()[-3:]
    introduced = bool(words) and words[-1][-1] in ",:"
    if words:
        words[-1] = words[-1].rstrip(",:")  # 'he said, "yes"'
    for k, word in enumerate(words):
        if not is_speech_verb(word) or word.lower().startswith("call"):
            continue
        if k + 1 < len(words) and word.lower() in _SAYINGS and is_speech_verb(words[k + 1]):
            return False  # 'as the saying goes, "walked the hills"'
        if k and words[k - 1].lower() in _SAYINGS:
            continue  # 'as the phrase goes, "followed the sea"'
        between = words[k + 1 :]
        if not all(_PLAIN_WORD.fullmatch(w) for w in between):
            continue
        if any(w.lower() in _REPORTING for w in between):
            continue
        if word.lower() in _GO and not (introduced and not between):
            continue
        if introduced or all(
            w.lower() in _TO_WHOM_OR_HOW or w.endswith("ly") or w[0].isupper() for w in between
        ):
            return True
    return False


def _phrase_in_narration(text: str, start: int, end: int, lo: int, opener: int) -> bool:
    """Return whether the quotation ``text[start:end]`` (opened by the mark at ``opener``, in
    the paragraph starting at ``lo``) starts in lower case in the middle of a sentence of
    narration: after a word (but "that": 'his word that "he would"') or a comma, with no
    quotation earlier in its sentence but terms (a line split by its tag goes on in lower
    case: '"Well," he said, "no."'; see ``_speech_earlier``), and with nothing of a
    speaker's own in it: no "I", "we" or "you", no question or exclamation ('Bea looked
    up, "thanks, you too."')."""
    first = _FIRST_LETTER.search(text, start, end)
    if first is None or not first.group().islower():
        return False
    if _PERSONAL.search(text, start, end) is not None:
        return False
    if _MID_SENTENCE.search(text, max(lo, opener - 3), opener) is None:
        return False
    if text[max(lo, opener - 6) : opener].rstrip().lower().endswith(" that"):
        return False  # words given as said, in the speaker's person: 'his word that "he would"'
    sentence_start = _sentence_start(text, lo, opener, _SENTENCE_WINDOW)
    return not _speech_earlier(text, sentence_start, opener)


def _speech_earlier(text: str, sentence_start: int, opener: int) -> bool:
    """Return whether a quotation that may be speech stands earlier in the sentence (from
    ``sentence_start``) of the quotation mark at ``opener``: any but a term opened right
    after a word ('invoked his aid for a "look round" at the town'). A line split by its
    tag opens its sentence ('"Well," he said, "no."')."""
    k = sentence_start
    while True:
        while k < opener and text[k] not in QUOTE_MARKS:
            k += 1
        if k >= opener:
            return False
        if text[k - 1] not in " \t" or _word_before(text, sentence_start, k) is None:
            return True
        k += 1  # a term: skip to its closing mark, then look on
        while k < opener and text[k] not in QUOTE_MARKS:
            k += 1
        k += 1


# Forms of "say" and "tell", the verbs of reported speech ('Nell said the pears were "soft
# as butter."'); "call" names a thing ('what we called "long suppers."').
_SAY_OR_TELL = frozenset("say says said saying tell tells told telling".split())
_REPORT_WORD = re.compile(r"[A-Za-z]+")
# A quotation's own sentence end (its words end with ".", "!" or "?") and, after its closing
# mark, a new sentence or the paragraph's end.
_OWN_STOP = re.compile(r"[.!?]\s*\Z")
_NEXT_SENTENCE = re.compile(r"[\"”»’']*(?:[ \t]+[A-Z\"“‘'(]|[ \t]*(?:\n|\Z))")


def _reported_in_own_words(text: str, start: int, end: int, lo: int, opener: int) -> bool:
    """Return whether the quotation ``text[start:end]``, starting in lower case in the middle
    of its sentence, gives in the speaker's own words the end of a sentence of reported
    speech: a form of "say" or "tell" stands earlier in its sentence ('Nell said the pears
    were "soft as butter."', 'the ferryman told us the river was low -- but "two days,
    maybe three."'), it has at least two words and ends with its own full stop, question or
    exclamation mark, and a new sentence (or the paragraph's end) follows its closing mark.
    A quotation after "called" names a thing ('what we called "long suppers."'); one word
    is a term ('Jo said he was in town "working."')."""
    if len(_WORD.findall(text, start, end)) < 2 or _OWN_STOP.search(text, start, end) is None:
        return False
    if _NEXT_SENTENCE.match(text, end) is None:
        return False
    word_before = _word_before(text, lo, opener)
    if word_before is not None and word_before.lower().startswith("call"):
        return False
    first = _sentence_start(text, lo, opener, _SENTENCE_WINDOW)
    return any(w.lower() in _SAY_OR_TELL for w in _REPORT_WORD.findall(text, first, opener))


# A closing quotation mark: a mark with a space or a comma after it.
_CLOSING_MARK = re.compile(r"[\"”»’'][\s,]")


def _tagged_line_before(text: str, lo: int, opener: int) -> bool:
    """Return whether the quotation opening at ``opener`` goes on a line given earlier in its
    sentence: a quotation closes there, then its tag ('"Psychic," the girls whispered, and
    "spiritual."')."""
    first = max(_sentence_start(text, lo, opener, _SENTENCE_WINDOW), opener - 60)
    tag_at = -1
    for mark in _CLOSING_MARK.finditer(text, first, opener):
        tag_at = mark.end() - 1
    return tag_at >= 0 and _tag_after().match(text, tag_at, opener) is not None


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Return where the words leading up to ``pos`` in its sentence start: after the last
    full stop, question or exclamation mark before it, at most ``_WRITING_WINDOW``
    characters back and never before ``lo``."""
    first = max(lo, pos - _WRITING_WINDOW)
    stop = _STOP_BACKWARDS.search(text[first:pos][::-1])
    return first if stop is None else pos - stop.start()


def _sentence_start(text: str, lo: int, pos: int, window: int) -> int:
    """Return where the sentence holding ``pos`` starts, looking back at most ``window``
    characters and never before ``lo`` (its paragraph's start)."""
    first = max(lo, pos - window)
    sentence_end = _SENTENCE_END.search(text[first:pos][::-1])
    return first if sentence_end is None else pos - sentence_end.start() - 1


def _title_case(words: Sequence[str]) -> bool:
    """Return whether at least two words have more than three letters, all capitalised (a
    title; a single word is as often an exclamation: 'said "Exactly" to her')."""
    long = [w for w in words if len(w) > 3]
    return len(long) > 1 and all(w[0].isupper() for w in long)


def is_speech(text: str, start: int, end: int, para_start: int) -> bool:
    """Return whether the closed quotation ``text[start:end]`` (its words, without the marks),
    in the paragraph starting at ``para_start``, reads as speech or thought rather than a
    mention: a term, a name, a title or a scare quote (see the module docstring)."""
    if start < para_start:
        return True  # it runs on from an earlier paragraph
    opener = start - 1
    while opener > para_start and text[opener] not in QUOTE_MARKS:
        opener -= 1
    closer = end
    while closer < len(text) and text[closer] not in QUOTE_MARKS:
        closer += 1
    if _WRITTEN_AFTER.match(text, closer + 1, closer + 40) is not None:
        return False  # '"To J. M., from his friends," was engraved upon it'
    if (
        reads_as_verse(text, start, end)
        and not tag_follows(text, closer + 1)
        and not _speech_verb_before(text, para_start, opener)
    ):
        return False  # an epigraph or a poem: 'Old longings leap, Chafing at custom's chain'
    if text[end - 1] == "," and _HABIT_AFTER.match(text, closer + 1, closer + 50) is not None:
        return False  # '"As slick," we used to say'
    if _LEAD.fullmatch(text, para_start, opener) is not None:
        return True  # the quotation starts its paragraph
    if _WRITING_BEFORE.search(
        text, _clause_start(text, para_start, opener), opener
    ) is not None and not _speech_verb_before(text, para_start, opener):
        return False  # 'the inscription, "Also Georgiana Wife of the Above," I drew'
    word_before = _word_before(text, para_start, opener)
    if (
        word_before in ("word", "words")
        and _said_the_word().search(text, max(para_start, opener - 40), opener) is not None
    ):
        return True  # 'saying the word "child" as though it hurt her'
    if (
        word_before is not None
        and word_before.lower() in _TERM_INTRODUCERS
        and not text[start:end].rstrip(" '’\"”").endswith("?")
    ):
        return False  # 'the "younger set"', 'known as a "drummer."'
    near = text[max(para_start, opener - 9) : opener].lower()
    if any(verb in near for verb in _NOT_SAID_NEAR) and (
        _NOT_SAID.search(text, max(para_start, opener - 40), opener) is not None
    ):
        return False  # 'as much as to say, "Are you all like this?"'
    if never_said(text, para_start, opener, closer):
        return False  # 'might have been put into words like this: "..."'
    words = _WORD.findall(text, start, end)
    ends = _ENDS_LIKE_SPEECH.search(text, start, end)
    if word_before is not None and ends is None and _title_case(words):
        return False  # 'had sung "Over the Low Hills and Far Away" at'
    if _phrase_in_narration(text, start, end, para_start, opener):
        if _reported_in_own_words(text, start, end, para_start, opener):
            return True  # 'Nell said the pears were "soft as butter." We bought'
        if not (_speech_verb_before(text, para_start, opener) or tag_follows(text, closer + 1)):
            return False  # 'squirted out, "as flaming gases rushed out of a gun." A phrase'
    if len(words) > MAX_SCARE_WORDS:
        return True
    if ends is not None and (word_before is None or text[ends.start()] != "."):
        return True  # a term's full stop inside the marks ('called "life."') is no speech
    if _speech_verb_before(text, para_start, opener):
        return True
    if tag_follows(text, closer + 1):
        return True
    if _tagged_line_before(text, para_start, opener):
        return True  # '"Psychic," the girls whispered, and "spiritual."'
    if text[end - 1].isalnum() and _GOES_ON.match(text, closer + 1) is not None:
        return False  # 'before he could remember, "the house" had been'
    return _BEFORE_SPEECH.search(text, max(para_start, opener - 6), opener) is not None


def tag_follows(text: str, pos: int) -> bool:
    """Return whether a speech tag ("she said", "said Tom", "he muttered") starts at ``pos``,
    right after a closing quotation mark, within 60 characters and before its paragraph
    ends: a tag never reads on past a blank line."""
    end = text.find("\n\n", pos, pos + 60)
    return _tag_after().match(text, pos, pos + 60 if end < 0 else end) is not None
