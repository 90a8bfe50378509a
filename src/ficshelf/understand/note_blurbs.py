"""Unlabelled summaries (used by the "notes" stage): the short blurb about the plot a fan
writer puts under the title, the byline or the disclaimer without a "Summary:" label.

A blurb tells what happens to the story's people in the present tense and the third person
("Tamsin and Corwin are stuck at a crossing for the night. Neither of them is happy about
it."); an unlabelled author's note talks in the first person to the readers ("ok so I reread
the books and this happened, hope you like it!"). ``blurb_shape`` says whether one paragraph
reads as a blurb and whether it carries a teaser's marks ("What happens when …?", "…", "AU",
"in which"); ``note_edges`` decides from its neighbours whether it is one (a story told in the
past under it, other front matter or a scene break right under it, or the teaser's marks), and
``names_in`` gives the names it mentions, which the story under it must mention too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import Enum

from ficshelf.understand.name_tables import COMMON_WORDS, ENGLISH_WORDS
from ficshelf.understand.note_voice import opening_words
from ficshelf.understand.tense_words import PRESENT_S_NOT_VERB, is_past_form

# A blurb is short: at least this many words, at most this many, in at most this many
# sentences.
MIN_BLURB_WORDS = 6
MAX_BLURB_WORDS = 60
MAX_BLURB_SENTENCES = 3
MAX_BLURB_CHARS = 700
# A blurb with other front matter right under it may be longer (``blurb_shape(loose=True)``).
MAX_LOOSE_BLURB_WORDS = 100
MAX_LOOSE_BLURB_SENTENCES = 5
MAX_LOOSE_BLURB_CHARS = 1000

# The story's tense is read from this many words of narration under the blurb; it is told in
# the past when it holds at least MIN_STORY_PAST past forms, PAST_OVER_PRESENT times its
# present ones.
STORY_WORDS = 400
MIN_STORY_PAST = 5
PAST_OVER_PRESENT = 3.0

_QUOTATION = re.compile(r"[\"“][^\"“”\n]{0,400}[\"”]|(?<!\w)['‘][^\n]{0,400}?['’](?!\w)")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
# A quotation of three words or more (dialogue, not a quoted word or a title).
_DIALOGUE = re.compile(r"[\"“][^\"“”\n]*?\s\S+\s[^\"“”\n]*?[\"”]")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’']*(?=\s|$)")
# The writer's person and the reader's: a blurb tells of other people.
_PERSONAL = frozenset(
    """i me my mine myself i'm i've i'll i'd we us our ours we're we've you your yours
    you're you've you'll yourself lol""".split()
)
# The present tense of the common verbs, and the third person's "-s" after its subject.
_PRESENT = frozenset(
    """is are isn't aren't has hasn't does doesn't can can't will won't must needs wants
    gets goes knows says asks""".split()
)
_SUBJECTS = frozenset("he she it who nobody everyone someone somebody everybody one".split())
# Past forms that a blurb's present holds as participles ("is cancelled", "has waited").
_PARTICIPLE_AFTER = frozenset(
    "is are has have had been be being was were isn't aren't hasn't haven't get gets got".split()
)
# The marks of a teaser: a closing question or ellipsis, "What happens when …".
_TEASER = re.compile(
    r"\?[\s*_]*$|(?:\.\.\.|…)[\s*_]*$|\bwhat\s+happens\s+(?:when|if)\b", re.IGNORECASE
)
# The fan words for a premise, which a blurb may put in any tense: "In which …", "Or, …" at
# its start, "<Kind> AU", "Five times … and one time …".
_PREMISE = re.compile(
    r"^[\s*_]*(?:in\s+which|or[,:])\s|\b(?-i:AU)\b|"
    r"\b(?:[2-7]|two|three|four|five|six|seven)\s*(?:\+\s*1\s+)?times?\b[^.?!]{0,120}\bone\s+time\b",
    re.IGNORECASE,
)


# A fan writer's tags closing or opening a blurb ("Oneshot.", "Hurt/comfort, fluff.",
# "Post-canon, spoilers for the finale."): a sentence of at most MAX_TAG_WORDS words, each a
# word of genre, length or canon, a pairing ("Maren/Olwen") or a small word joining them, or
# "spoilers for" and what they are for, or a rating ("Rated T for language").
MAX_TAG_WORDS = 8
_TAG_WORDS = frozenset(
    """oneshot one-shot drabble ficlet fluff fluffy angst angsty hurt comfort h/c humor humour
    romance drama tragedy gen slash femslash het crack au canon post-canon pre-canon
    canon-compliant canon-divergent divergence compliant complete completed wip multi-chapter
    multichapter series sequel prequel hea spoilers spoiler warning warnings""".split()
)
# Words that join or qualify tags ("angst with a happy ending", "mild spoilers"), which alone
# make no tag ("For the game?", "The light.").
_TAG_JOINERS = frozenset(
    """and with a an of for the some bit little lots plus missing scene character study happy
    ending sad mild slight light heavy minor major""".split()
)
_TAG_SENTENCE = re.compile(r"(?:^|(?<=[.!?…]))\s*(?P<tags>[^.!?…]{2,120})[.!?…]*(?=\s|$)")
_SPOILERS_FOR = re.compile(
    r"\bspoilers?\s+(?:for|through|up\s+to)\b[^,.;!?]*|^rated\s+\w+(?:\s+for\b[^,.;!?]*)?",
    re.IGNORECASE,
)
# A subordinate clause, from its opening word to the next comma or stop
# (``_told_in_main_clauses``).
_SUBORDINATE = re.compile(
    r"\b(?:as|where|which|who|whom|whose|when|while|if|because|since|though|although|than"
    r"|until|unless|whereas|that)\b[^,;:.!?…]*",
    re.IGNORECASE,
)
# A word right after a determiner, or a hyphenated one: a noun or its modifier ("a snowed-in
# station", "the drowned village"), never the main clause's verb.
_MODIFIER = re.compile(
    r"\b(?:a|an|the|his|her|its|their|our|your|my|some|every|no|this)\s+[\w'’]+(?:-[\w'’]+)*"
    r"|\b[\w'’]+(?:-[\w'’]+)+",
    re.IGNORECASE,
)
_TAG_SPLIT = re.compile(r"[\s,;&+]+")
_PAIRING = re.compile(r"^[A-Z][\w'’.-]*(?:/[A-Z][\w'’.-]*)+$")


def without_tags(para: str) -> str:
    """Return ``para`` without the sentences that are only a fan writer's tags ("Oneshot.",
    "Hurt/comfort, fluff.", "Post-canon, spoilers for the finale.", "Maren/Olwen."), which
    a summary may carry: what is left tells the plot, or talks as the writer."""
    kept: list[str] = []
    for m in _TAG_SENTENCE.finditer(para):
        tags = m.group("tags").strip(" *_()")
        if not _is_tags(tags):
            kept.append(m.group().strip())
    return " ".join(kept)


def _is_tags(sentence: str) -> bool:
    """Return whether a sentence is only tags (``without_tags``)."""
    if len(sentence.split()) > MAX_TAG_WORDS:
        return False
    words = [w for w in _TAG_SPLIT.split(_SPOILERS_FOR.sub(" spoilers ", sentence)) if w]
    tags = [
        w
        for w in words
        if _PAIRING.match(w) is not None or all(p in _TAG_WORDS for p in w.lower().split("/"))
    ]
    return bool(tags) and all(w in tags or w.lower() in _TAG_JOINERS for w in words)


class Blurb(Enum):
    """What ``blurb_shape`` makes of a paragraph."""

    NONE = 0  # not a blurb
    UNTENSED = 1  # a blurb's shape but no verb read as present or past ("Tamsin and Corwin wait")
    PLAIN = 2  # a blurb's shape in the present, nothing more
    TEASER = 3  # a blurb's shape in the present with a teaser's marks


def blurb_shape(para: str, loose: bool = False) -> Blurb:
    """Return whether ``para`` has the shape of an unlabelled summary: short (``MIN_BLURB_WORDS``
    to ``MAX_BLURB_WORDS`` words in at most ``MAX_BLURB_SENTENCES`` sentences), no dialogue,
    no first or second person, a name (``names_in``), and the present tense (more present
    forms than past ones that are not participles after "is"/"has", as many with a teaser's
    marks); ``Blurb.TEASER`` when
    it also carries a teaser's marks (a closing question or ellipsis, "What happens when"),
    or in any tense when it names its premise in the fan words ("In which …", "Ferryman AU",
    "Five times … and one time …");
    ``Blurb.UNTENSED`` when no verb is read as present or past (a plural subject's bare verb,
    "Tamsin and Corwin wait for the river", is not told from a noun). ``loose`` allows
    ``MAX_LOOSE_BLURB_WORDS`` words in ``MAX_LOOSE_BLURB_SENTENCES`` sentences (a blurb with
    other front matter right under it)."""
    max_chars, max_words, max_sentences = (
        (MAX_LOOSE_BLURB_CHARS, MAX_LOOSE_BLURB_WORDS, MAX_LOOSE_BLURB_SENTENCES)
        if loose
        else (MAX_BLURB_CHARS, MAX_BLURB_WORDS, MAX_BLURB_SENTENCES)
    )
    if len(para) > max_chars or "\n" in para.strip() or _DIALOGUE.search(para):
        return Blurb.NONE
    if para.lstrip("*_ ")[:1] in "\"“'‘(":
        return Blurb.NONE
    words = _WORD.findall(para)
    if not MIN_BLURB_WORDS <= len(words) <= max_words:
        return Blurb.NONE
    if len(_SENTENCE_END.findall(para)) > max_sentences or not names_in(para):
        return Blurb.NONE
    lower = [w.lower().replace("’", "'") for w in words]
    if any(w in _PERSONAL for w in lower):
        return Blurb.NONE
    present, past = _tenses(words, lower)
    if _PREMISE.search(para):
        return Blurb.TEASER
    if past and _told_in_main_clauses(para):
        return Blurb.NONE
    if present == 0 and past == 0:
        return Blurb.UNTENSED
    teaser = _TEASER.search(para) is not None
    if past > present or (past == present and not teaser):
        return Blurb.NONE
    return Blurb.TEASER if teaser else Blurb.PLAIN


def _told_in_main_clauses(para: str) -> bool:
    """Return whether ``para`` is told in the past in its main clauses: more past forms than
    present ones once its subordinate clauses ("as it can rain only in the west", "where
    there is a lawn", "who is late", up to the next comma or stop) are left out. "It rained at
    the Priory as it can rain only in the west" opens a story told in the past, whatever the
    present forms of its asides; "When the boat sinks, Tamsin is the one who can help" is a
    blurb's present. A participle that modifies a noun ("a snowed-in station", "the
    drowned village") is no past form here."""
    main = _MODIFIER.sub(" ", _SUBORDINATE.sub(" ", para))
    present, past = tenses_of(main)
    return past > present


def told_in_past(paras: Iterable[str]) -> bool:
    """Return whether the narration of ``paras`` (story paragraphs; their first
    ``STORY_WORDS`` words outside quotations) is in the past: at least ``MIN_STORY_PAST`` past
    forms, and at least ``PAST_OVER_PRESENT`` times as many as present ones (the third
    person's "-s" counted, which ``note_voice.story_voice`` leaves out)."""
    present = past = 0
    for words in opening_words(paras, STORY_WORDS, _WORD, _QUOTATION):
        now, then = _tenses(words, [w.lower().replace("’", "'") for w in words])
        present += now
        past += then
    return past >= MIN_STORY_PAST and past >= PAST_OVER_PRESENT * present


def tenses_of(text: str) -> tuple[int, int]:
    """Return the present and the past forms of ``text`` as ``blurb_shape`` counts them."""
    words = _WORD.findall(text)
    return _tenses(words, [w.lower().replace("’", "'") for w in words])


def _tenses(words: list[str], lower: list[str]) -> tuple[int, int]:
    """Return the present and the past forms among ``words`` (``lower``: the same, lower
    case): the common verbs' present, a third person's "-s" after its subject ("Tamsin
    waits", "she suspects"), and past forms that are not participles after "is" or "has"."""
    present = past = 0
    for k, w in enumerate(lower):
        before = lower[k - 1] if k else ""
        if w in _PRESENT:
            present += 1
        elif is_past_form(w):
            past += before not in _PARTICIPLE_AFTER
        elif (
            len(w) > 3
            and words[k][0].islower()
            and w.endswith("s")
            and not w.endswith(("ss", "'s", "us", "is"))
            and w not in PRESENT_S_NOT_VERB
            and (before in _SUBJECTS or (k and words[k - 1][:1].isupper() and before != "i"))
        ):
            present += 1
    return present, past


def names_in(para: str) -> set[str]:
    """Return the names ``para`` mentions: capitalised words that are not a sentence's first
    word, or first words that are no English word ("Tamsin", not "The" or "Hey")."""
    found: set[str] = set()
    ends = [m.end() for m in _SENTENCE_END.finditer(para)]
    k = 0  # the sentence ends before the word
    for m in _WORD.finditer(para):
        while k < len(ends) and ends[k] <= m.start():
            k += 1
        w = m.group()
        if len(w) < 2 or not w[0].isupper() or not w[1:2].islower():
            continue
        initial = para[ends[k - 1] if k else 0 : m.start()].strip(" *_~\t") == ""
        if not initial or (w.lower() not in COMMON_WORDS and w.lower() not in ENGLISH_WORDS):
            found.add(w)
    return found
