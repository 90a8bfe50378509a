"""The writer's voice, scored: how far an unlabelled paragraph at the edge of a story reads as
the writer talking (used by the "notes" stage after ``note_chat``'s cue words).

Fan writers open and close their stories with short unlabelled notes in their own voice:
"Sorry this took so long, work has been eating me alive.", "Set during season two, right
after the shipwreck.", "Next chapter soon!", "xoxo, Wren". No list of phrases covers them;
what they share is *how* they differ from the story around them. ``voice_score`` adds up
evidence of the writer's voice against evidence of narration:

* for: talk about the work and its publishing (the fic, the next chapter, an update, the
  canon's seasons and episodes, spoilers, drafts, comments, what the writer made up or bent:
  "I made them up", "I've fudged the timeline"), thanks, apologies, hopes and
  requests aimed at readers (a promise only beside talk about the work), talk to readers
  ("you", "folks", "hey all"), "!", the first person where the story is told in the third,
  the present tense where it is told in the past (``StoryVoice``: the person and tense of
  the story paragraphs next to it);
* against: an unquoted speech tag ("…, she said", "…, I wrote": words reported inside the
  story), a greeting or thanks to someone named ("Dear Mother", "Thank you, Ilse": a letter
  or a speech in the story), past-tense narration, length.

``notes`` counts a paragraph as a note when its score reaches ``NOTE_THRESHOLD`` and it
stands where notes stand: before the first story paragraph, or after the last one. A story's
own paragraphs in the first person and the present tense (a diary, a letter, a reader-insert
in the second person) score low because nothing in them talks about the work or thanks the
reader: every feature for the writer's voice but person and tense needs one of those.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.tense_words import is_past_form

# Quotations are left out before anything is counted: shouted dialogue is not the writer.
_QUOTATION = re.compile(r"[\"“][^\"“”\n]{0,400}[\"”]")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")

# The work and its publishing: words narration hardly uses (2 points each, at most two).
_WORK = compile_fast(
    r"\b(?:fan\s?-?fic(?:tion)?s?|fics?|ficlets?|one-?shots?|drabbles?|"
    r"(?:next|last|previous|new|final|first)\s+(?:chapter|part|instal+ment|update|one)s?"
    r"(?!\s+(?:of|in)\b)|"
    r"updat(?:e|es|ed|ing)|sequel|prequel|follow-?up|(?:my\s+)?drafts?\s+folder|"
    r"(?:in\s+)?my\s+drafts|wip|series\s+finale|season\s+(?:\d+|one|two|three|four|five|six|"
    r"finale)|episode\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)|"
    r"(?:the\s+)?(?:show|series|books?|movie|film|canon|games?)\s+(?:ended|ends|did)|"
    r"spoilers?|canon(?:[-\s]?(?:compliant|divergen(?:t|ce)|typical))?|headcanons?|"
    r"comments?|reviews?|kudos|typos?|beta(?:['’]?d|ed|\s?read(?:er|ing)?)?|prompts?|"
    r"(?:the|an|dear)\s+anon|anons|"
    r"shout-?out|discord|twitter|tumblr|ao3|wattpad|insta(?:gram)?|"
    r"part\s+(?:two|three|four|\d+)\s+(?:will|is|comes|coming)|"
    r"rated\s+(?:[GKTMRE]|PG|K|MA|NC|for|it|this)(?![\w'’])|ratings?|trigger\s+warnings?|"
    r"content\s+warnings?|"
    r"takes?\s+place\s+(?:after|before|during|between|in)|"
    r"set\s+(?:right\s+|just\s+|sometime\s+|about\s+)?(?:after|before|during|between)\s+"
    r"(?:the\s+)?(?:events|series|season|episode|books?|movie|film|finale|war|end)|"
    r"this\s+(?:idea|au|fic|piece|ship|pairing|prompt|one-?shot)|"
    # the work or its pair of characters pointed at: "this one", "these two"
    r"(?:these|those)\s+two|this\s+one|(?:whole|entire)\s+(?:show|series|franchise|fandom)|"
    # the setting in the canon: "this is set five years after the war", "Set during ..."
    r"(?:this|it)(?:\s+is|['’]s)\s+set\s+(?:in|after|before|during|between|about|around|"
    r"right|just|sometime|some|a\s+few|\w+\s+(?:years?|months?|weeks?|days?)|"
    # loosely placed: "set a bit after the ball", "set a good while before all that",
    # "it's set the week after ..."
    r"(?:a\s+(?:bit|little|while|good\s+while)|shortly|roughly|loosely|vaguely|mostly|"
    r"the\s+(?:day|night|morning|evening|week|month|year|summer|winter|spring|autumn))\s+"
    r"(?:after|before|during|between|in|around))|"
    r"(?:last|this|next|first|final)\s+season|"
    # publishing: the wait, the next part, the drafts, the beta
    r"took\s+(?:me\s+)?(?:so|this|forever|ages)\s+long|worth\s+the\s+wait|"
    r"will\s+be\s+up|up\s+(?:next\s+week|soon|tomorrow)|more\s+(?:soon|to\s+come)|"
    r"(?:coming|out)\s+soon|that['’]s\s+(?:all|it)\s+for\s+now|"
    r"look(?:s|ed|ing)?\s+(?:this|it)\s+over|reads?\s+(?:okay|ok|alright|all\s+right)|"
    r"(?:quick|small|slight|fair|minor)\s+warnings?|warnings?\s+for|"
    # the writer as a reader or watcher of the canon: "finished my reread", "book club"
    r"re-?(?:read|watch)(?:ed|ing|s)?|book\s+club|first\s+time\s+posting|"
    r"(?:\d[\d,]*k?|a\s+few\s+hundred)\s+words|"
    r"got\s+away\s+from\s+me|(?-i:AUs?)|"
    # where the title comes from; what in the story is made up or true to history
    r"the\s+title\s+(?:comes|came|is\s+taken|was\s+taken|is|was)\s+(?:from|a\s+line)|"
    r"(?:is|are)\s+(?:entirely\s+|completely\s+|totally\s+|all\s+)?(?:made\s+up|fictional|"
    r"invented)|in\s+real\s+life|"
    # the writer owning up to what is invented or bent: "I made them up", "my own invention",
    # "I've fudged the timeline" (not "I made up my mind", "made it up to her")
    r"I(?:\s+have|['’]ve)?\s+(?:just\s+|totally\s+|completely\s+)?made\s+(?:(?:it|them|that|"
    r"this|those|these|(?:all|most|some)\s+of\s+(?:it|them|this))\s+)?up"
    r"(?!\s+(?:my|his|her|the|a|an|with|for|to|our|their|your|its|some|one|and)\b)|"
    r"my\s+(?:own\s+)?invention|(?:fudg|squash|bend|bent|tweak)\w*\s+(?:\w+\s+)?timeline|"
    r"timeline\s+(?:is\s+|was\s+)?(?:\w+\s+)?(?:fudged|squashed|bent|tweaked)|"
    r"liberties\s+with\s+(?:the\s+)?(?:timeline|canon|book|order|chronology|dates|source)|"
    r"artistic\s+licen[cs]e|historical(?:ly)?\s+(?:note|accurate|"
    r"accuracy|fact))\b|(?<!\w)@\w{3,}",
    re.IGNORECASE,
)
# Talk about writing that a story may also hold (1 point each, at most two).
_WRITING = compile_fast(
    r"\b(?:stor(?:y|ies)|chapters?|wr(?:ite|ites|iting|itten|ote)|readers?|"
    r"characters?|attempt|posted|posting|inspired\s+by|dedicated\s+to|goes\s+out\s+to|"
    r"warnings?|swearing|language|graphic|blood|fluff|angst|mistakes?|"
    r"(?:get|got|getting)\s+(?:it|this)\s+(?:down|out|written|finished|done)|"
    r"finish(?:ed|ing)?\s+(?:it|this)|the\s+ending)\b",
    re.IGNORECASE,
)
# The dedication that opens a fic written as a gift: the person it is for ("For Tam, who
# asked for ghosts.", "For Ren and Odile.", "For Bex <3"), a birthday wish ("Happy birthday,
# Juniper!", not "Happy birthday to me"), the gift itself ("A belated birthday present for my
# sister", "My gift for Sunniva in the winter exchange"). Only at the paragraph's start: "For
# Maren, the winter was long" is narration. The match takes in a relative clause about the
# person ("…, who got me into this"), whose verbs are no narration.
_DEDICATION = re.compile(
    r"^\W*(?:"
    r"for\s+(?-i:[A-Z][a-z]+)(?:\s+(?:and|&)\s+(?-i:[A-Z][a-z]+))?"
    r"(?=\s*(?:[.!]|<3|$)|,\s+(?:who|whose|because|since)\b)|"
    r"happy\s+(?:belated\s+)?birthday(?!\s+to\s+(?:me|myself|him|her|us|them)\b)"
    r"(?:,?\s+(?-i:[A-Z][a-z]+)(?=\s*[.!,]))?|"
    r"(?:(?:a|my|this|here['’]?s\s+(?:a|my))\s+)?(?:(?:belated|little|small)\s+)?"
    r"(?:(?:birthday|christmas|holiday|yuletide|exchange)\s+)?(?:gift|present|treat)\s+(?:for|to)\b"
    r")(?:[^.!?\n]{0,80}?,\s+(?:who|whose|because|since)\b[^.!?\n]{0,200})?",
    re.IGNORECASE,
)
# The writer's thanks, apologies, hopes and requests (aimed at readers, not at someone named).
_COURTESY = compile_fast(
    # (thanks for listening, for hearing someone out: a narrator's to a listener)
    r"\b(?:thank(?:s|\s+you)\s+(?:so\s+much\s+|all\s+|again\s+)*(?:to|"
    r"for(?!\s+(?:listening|hearing))|everyone|everybody|"
    r"all|guys|y['’]all)|(?:huge|big|many|special)\s+thanks|"
    r"sorry\s+(?:this|that|it|if|again|in\s+advance|for\s+(?:any|the)\s+(?:wait|delay|typos?|mistakes?|"
    r"cliffhanger|shortness|length))|apologi[sz]e\s+for|forgive\s+(?:any|the)|"
    r"hope\s+(?:you|u|everyone|y['’]all)\s+(?:\w+\s+){0,2}?(?:enjoy|enjoyed|like|liked|love|"
    r"loved|had\s+fun)|hope\s+(?:this|it)\s+(?:was|is|reads|works|made|makes|helps)|"
    r"please\s+(?:be|don['’]t\s+hate|let\s+me|leave|tell\s+me|comment|review)|"
    r"love\s+you\s+all|until\s+next\s+time|see\s+you\s+(?:all\s+)?(?:in\s+the\s+next|"
    r"next\s+(?:time|chapter|week|one|part)|soon)|sticking\s+with\s+me|cheering\s+me\s+on|bear\s+with\s+me|"
    r"(?:comments?|reviews?|kudos)\s+(?:make|made|keep|mean|are))\b|\bsoon\s*!",
    re.IGNORECASE,
)
# A promise is the writer's courtesy only beside talk about the work ("More soon, I promise!"):
# a chatty narrator promises as readily ("I promise you, this is not a story about a dragon.").
_PROMISE = re.compile(r"\bI\s+promise\b", re.IGNORECASE)
# Talk to the readers: "you" (not in a story told in the second person, whose "you" is its
# hero), or the readers called as a crowd ("hey all", "folks").
_YOU = compile_fast(r"\b(?:you|your|you['’](?:re|ve|ll|d))\b", re.IGNORECASE)
_CROWD = compile_fast(
    r"\b(?:y['’]all|folks|guys|lovelies|dear\s+readers?|all\s+of\s+you|you\s+all)\b|"
    r"^\W*(?:hey|hi|hello|heya|hiya)\s+(?:all|everyone|everybody|there|again|friends)\b",
    re.IGNORECASE,
)
# The writer's interjections and drawn-out words ("Sooo", "whew", "oops", "omg").
_INTERJECTION = compile_fast(
    r"\b(?:oops|whew|phew|welp|eek|yay|omg|ngl|lol|ahem)\b|\b[a-z]*([a-z])\1\1[a-z]*\b",
    re.IGNORECASE,
)
# The writer's informal register: a sentence opening in lower case, "!!", "?!".
_INFORMAL = re.compile(
    r"^\W*[a-z]|(?<![.])(?<!\bMrs)(?<!\bM[rs])(?<!\bDr)(?<!\bSt)(?<!\betc)(?<!\b[A-Za-z])"
    r"[.!?]\s+[a-z]|!!|\?!|!\?"
)
# A sign-off line of the writer: "xoxo", "~Wren", "cheers, Wren", "love you all".
_SIGN_OFF = re.compile(
    r"^\W*(?:(?:xo(?:xo)+|x{2,}|hugs|cheers|ciao|peace\s+out)\b[\s,!.~-]*(?:[A-Z][\w'’-]*)?|"
    r"~\s*[A-Za-z][\w'’-]*|until\s+next\s+time|see\s+you\s+(?:all\s+)?(?:next\s+time|soon|"
    r"in\s+the\s+next\s+(?:one|chapter|part)))[\s!.~]*$",
    re.IGNORECASE,
)
# Words reported inside the story: an unquoted speech tag after a comma ("…, she said",
# "…, I wrote on the last page", "…, the sign on the door said").
_SPEECH_TAG = re.compile(
    r",\s+(?:(?:she|he|they|I|we|you|it|[A-Z][a-z]+)|(?:the|a|his|her|my|their)\s+(?:\w+\s+){0,4}?\w+)"
    r"\s+(?:had\s+)?(?:said|says|say|wrote|writes|write|written|asked|asks|ask|told|tells|tell|"
    r"whispered|whisper|called|thought|think|decided|prayed)"
    # the tag ends its clause ("…, I wrote on the last page", not "…, I read it as …")
    r"(?=\s*[,.;:!?…]|\s*$|\s+(?:to|on|at|in|into|across|over|from|and|but|then|softly|"
    r"quietly|again|once|aloud)\b)"
)
# A letter or a diary inside the story ("Dear Mother", "your letter", "this journal").
_LETTER = re.compile(
    r"^\W*(?i:dear|dearest|my\s+dear)\s+(?!(?i:readers?|all|everyone|everybody|friends|"
    r"lovelies|fellow)\b)\w+|"
    r"(?i:\b(?:your|this|my)\s+(?:letter|journal|diary|notebook)\b|\byours\s+(?:truly|"
    r"sincerely|faithfully|ever)\b)"
)
# Thanks or a call to someone named, set off by a comma: a speech or a letter inside the
# story ("Thank you, Ilse.", "… for everything, Mara."). (Writers do talk to their characters
# in notes, "sorry Catherine", but seldom so.)
_VOCATIVE = re.compile(
    r",\s+(?!(?:All|Everyone|Everybody|Guys|Folks|Friends|Lovelies|Readers|Again|So|For|To|Y|"
    r"Though|Too|Anyway|Yet|Okay|Ok|Lol|Haha|Promise|Honestly)\b)"
    r"(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?[.!?]"
)
# The present tense of the common verbs (for the tense of a paragraph against its story's).
_PRESENT = frozenset(
    """is are am isn't aren't has have hasn't haven't do does don't doesn't can can't will
    won't i'm you're we're they're it's that's there's here's i've you've i'll you'll
    we'll""".split()
)
# "I've had", "it has rained": the perfect, the present of the writer.
_PERFECT = frozenset("have has i've you've we've they've it's she's he's".split())
_FIRST = frozenset("i me my mine i'm i've i'll i'd myself".split())
_THIRD = frozenset(
    "he she him her his hers they them their himself herself he'd she'd they'd".split()
)
_SECOND = frozenset("you your you're you've you'll yours yourself".split())

# Points for each kind of evidence (see the module docstring).
WORK_POINTS = 2.0
WRITING_POINTS = 1.0
COURTESY_POINTS = 1.5
READER_POINTS = 1.0
EXCLAIM_POINTS = 0.5
INTERJECTION_POINTS = 0.75
INFORMAL_POINTS = 0.75
PERSON_CONTRAST_POINTS = 1.0
TENSE_CONTRAST_POINTS = 0.5
SIGN_OFF_POINTS = 3.5
DEDICATION_POINTS = 3.5
SPEECH_TAG_POINTS = -3.0
NAMED_ADDRESS_POINTS = -2.0
# Each past-tense verb: narration (more so with no "I" or "you" in the paragraph).
PAST_POINTS = -0.25
PAST_NARRATION_POINTS = -0.75
# Words beyond ``SHORT_WORDS`` cost this much per word.
SHORT_WORDS = 40
LENGTH_POINTS = -0.025
# A paragraph this long is never scored as a note.
MAX_SCORED_WORDS = 160
MAX_SCORED_CHARS = 1500
# A paragraph at the edge is a note at this score where notes stand (right under other front
# matter, or right after the scene break that ends the story), at the higher one elsewhere (the
# very top of a text with nothing above it, the end of a text with no break before it).
NOTE_THRESHOLD = 3.0
UNPLACED_NOTE_THRESHOLD = 3.5


class StoryVoice(NamedTuple):
    """The person and tense of a story's narration: ``first_person`` when "I" outnumbers "he",
    "she" and "they" outside quotations, ``past`` when past forms are at least as many as
    present ones, ``second_person`` when "you" outnumbers both "I" and "he/she/they" (a
    reader-insert: its "you" is no talk to the reader)."""

    first_person: bool
    past: bool
    second_person: bool = False


# The story's voice is read from at most this many words.
STORY_VOICE_WORDS = 400


def opening_words(
    paras: Iterable[str], budget: int, word: re.Pattern[str], quotation: re.Pattern[str]
) -> Iterator[list[str]]:
    """Yield the words (``word``) of each of ``paras`` outside quotations (``quotation``), in
    order, until ``budget`` words in all."""
    for para in paras:
        if budget <= 0:
            return
        words = word.findall(quotation.sub(" ", para[: budget * 12]))[:budget]
        budget -= len(words)
        yield words


def _words(text: str) -> list[str]:
    """The words of ``text``, in lower case with a curly apostrophe made straight."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def story_voice(paras: Iterable[str]) -> StoryVoice:
    """Return the person and tense of the narration of ``paras`` (story paragraphs; their
    first ``STORY_VOICE_WORDS`` words outside quotations)."""
    first = second = third = past = present = 0
    for words in opening_words(paras, STORY_VOICE_WORDS, _WORD, _QUOTATION):
        for word in words:
            w = word.lower().replace("’", "'")
            if w in _FIRST:
                first += 1
            elif w in _THIRD:
                third += 1
            elif w in _SECOND:
                second += 1
            if w in _PRESENT:
                present += 1
            elif is_past_form(w):
                past += 1
    return StoryVoice(
        first_person=first > third, past=past >= present, second_person=second > max(first, third)
    )


def voice_score(para: str, story: StoryVoice | Callable[[], StoryVoice]) -> float:
    """Return how far ``para`` reads as the writer talking rather than the story told in
    ``story``'s voice (see the module docstring); ``NOTE_THRESHOLD`` and above is a note.
    ``story`` may be a function giving the voice: it is called only when ``para`` talks
    about the work or to the readers at all."""
    if len(para) > MAX_SCORED_CHARS:
        return 0.0
    prose = _QUOTATION.sub(" ", para)
    words = _words(prose)
    if not words or len(words) > MAX_SCORED_WORDS or para.lstrip("*_ ")[:1] in "\"“'‘":
        return 0.0
    if _SIGN_OFF.match(prose):
        return SIGN_OFF_POINTS
    dedication = _DEDICATION.match(prose)
    spans = [[m.span() for m in p.finditer(prose)] for p in (_WORK, _WRITING, _COURTESY)]
    # "chapter" inside "next chapter" counts once
    spans[1] = [(a, b) for a, b in spans[1] if not any(c < b and a < d for c, d in spans[0])]
    if spans[0]:
        spans[2] += [m.span() for m in _PROMISE.finditer(prose)]
    work, writing = min(2, len(spans[0])), min(2, len(spans[1]))
    courtesy = bool(spans[2])
    cue_spans = spans[0] + spans[1] + spans[2]
    if dedication is not None:
        cue_spans.append(dedication.span())
    if not (work or writing or courtesy or dedication):
        return 0.0  # person, tense and "you" alone are a diary's, a letter's, a reader-insert's
    if cue_spans:
        # The cue words themselves ("dedicated to", "got it down") are not narration.
        pieces, pos = [], 0
        for a, b in sorted(cue_spans):
            if a > pos:
                pieces.append(prose[pos:a])
            pos = max(pos, b)
        pieces.append(prose[pos:])
        told = _words(" ".join(pieces))
    else:
        told = words
    if callable(story):
        story = story()
    score = work * WORK_POINTS + writing * WRITING_POINTS + courtesy * COURTESY_POINTS
    if dedication is not None:
        score += DEDICATION_POINTS
    if _CROWD.search(prose) or (not story.second_person and _YOU.search(prose)):
        score += READER_POINTS
    if "!" in prose:
        score += EXCLAIM_POINTS
    score += min(2, sum(1 for _ in _INTERJECTION.finditer(prose))) * INTERJECTION_POINTS
    if _INFORMAL.search(prose):
        score += INFORMAL_POINTS
    first = any(w in _FIRST for w in words)
    second = any(w in _SECOND for w in words)
    if first and not story.first_person:
        score += PERSON_CONTRAST_POINTS
    past = sum(
        1
        for k, w in enumerate(told)
        if w not in _PRESENT and is_past_form(w) and (k == 0 or told[k - 1] not in _PERFECT)
    )
    if story.past and not past:
        score += TENSE_CONTRAST_POINTS
    score += past * (PAST_POINTS if first or second else PAST_NARRATION_POINTS)
    if _SPEECH_TAG.search(prose):
        score += SPEECH_TAG_POINTS
    # (the person a dedication names is no one the story talks to: "Happy birthday, Juniper!")
    addressed = prose if dedication is None else prose[dedication.end() :]
    if _LETTER.search(prose) or _VOCATIVE.search(addressed):
        score += NAMED_ADDRESS_POINTS
    score += max(0, len(words) - SHORT_WORDS) * LENGTH_POINTS
    return score


def tells_story(para: str) -> bool:
    """Return whether ``para`` shows the story's own voice, whatever cue words it holds: an
    unquoted speech tag ("…, she said"), a letter or a diary ("Dear Mother", "this journal",
    "yours truly"), or past-tense narration in the third person (two or more past forms
    after "he", "she" or "they", with no "I" or "you" outside quotations). ``notes`` does
    not take such a paragraph for a note on its cue words alone."""
    prose = _QUOTATION.sub(" ", para)
    if _SPEECH_TAG.search(prose) or _LETTER.search(prose):
        return True
    words = _words(prose)
    if any(w in _FIRST or w in _SECOND for w in words) or not any(w in _THIRD for w in words):
        return False
    return sum(1 for w in words if is_past_form(w)) >= 2


def is_writer_voice(para: str, story: StoryVoice | Callable[[], StoryVoice], placed: bool) -> bool:
    """Return whether ``para`` scores as a note: ``voice_score`` at least ``NOTE_THRESHOLD``
    when it is ``placed`` where notes stand, else at least ``UNPLACED_NOTE_THRESHOLD``."""
    threshold = NOTE_THRESHOLD if placed else UNPLACED_NOTE_THRESHOLD
    return voice_score(para, story) >= threshold
