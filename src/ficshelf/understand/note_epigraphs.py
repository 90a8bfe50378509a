"""Epigraphs at the head of a story, paragraph by paragraph (used by the "notes" stage): lines
quoted from the canon, with or without an attribution ("— Name") or a bracketed comment on their
source ("(a proverb, or so the old man says)"), and the narration that shows
a quoted opening line is a story's first line of dialogue instead.

Like ``note_patterns``, each function looks at one paragraph; ``notes.py`` decides where the
story starts.
"""

from __future__ import annotations

import re

from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.note_blurbs import names_in, tenses_of
from ficshelf.understand.tense_words import PRESENT_S_NOT_VERB, is_past_form

# --- epigraphs ----------------------------------------------------------------------------------

# Double quotation marks, guillemets among them (« », German » «).
DOUBLE_MARKS = '"“”«»'
_DOUBLE_OPENERS = '"“«»'
_ATTRIBUTION = r"(?:[—–~]|-{1,2})\s*(?P<source>[^\W\d_][^\n]{0,100})"
_QUOTED_LINE = re.compile(
    r"^[*_]*(?P<open>[\"“'‘«»])(?P<inner>.*)[\"”'’»«][*_.,]*(?:\s*" + _ATTRIBUTION + r")?$",
    re.DOTALL,
)
_ATTRIBUTION_LINE = re.compile(r"^[*_]*" + _ATTRIBUTION + r"$")
# A finished sentence, then the attribution: "… the names. — a saying of the wolves".
_UNQUOTED_EPIGRAPH = re.compile(r"\w[*_]*[.!?…][*_]*\s+" + _ATTRIBUTION + r"$")
MAX_UNQUOTED_EPIGRAPH_WORDS = 70
_INLINE_ATTRIBUTION = re.compile(r"[\"”'’»«][*_.,]*\s*" + _ATTRIBUTION + r"$")
# Inside a single-quoted line: a quote closing before narration (' she said).
_SINGLE_QUOTE_CLOSE = re.compile(r"[\'’][,.!?]?\s+[a-z]")
MAX_SOURCE_WORDS = 12
# An attribution line right under a quoted line may say more about where it was heard.
MAX_QUOTED_SOURCE_WORDS = 24

# A lone quoted saying (no attribution): one or two sentences, ending in a full stop.
MAX_LONE_EPIGRAPH_CHARS = 250
_SENTENCE_INSIDE = re.compile(r"[.!?…][\"”'’]?\s+[\"“'‘]?[A-Z]")
# What an opening line of dialogue gets next: a reply or a reaction in the first sentence.
# (the reply is looked for in the first ``REACTION_WORDS`` words of the first sentence).
_FIRST_SENTENCE = re.compile(r"[^.!?…\n]*")
REACTION_WORDS = 8
_REACTION = compile_fast(
    r"\b(?:answer(?:s|ed)?|repl(?:y|ies|ied)|respond(?:s|ed)?|sa(?:ys|id)|ask(?:s|ed)|"
    r"nod(?:s|ded)?|shrug(?:s|ged)?|laugh(?:s|ed)?|sigh(?:s|ed)?|agree(?:s|d)?|snort(?:s|ed)?|"
    r"grin(?:s|ned)?|smil(?:e|es|ed)|frown(?:s|ed)?|shook|shakes|echo(?:es|ed))\b",
    re.IGNORECASE,
)


def is_quoted_line(para: str) -> bool:
    """Return whether a paragraph is wholly one quotation (maybe with an inline "— Name"
    attribution), as epigraph lines are; '"Hi," she said, "bye."' is not."""
    m = _QUOTED_LINE.match(para)
    if m is None or (m.group("source") is not None and not _source_like(m.group("source"))):
        return False
    inner = m.group("inner")
    if m.group("open") in _DOUBLE_OPENERS:
        return not any(q in inner for q in DOUBLE_MARKS)
    return _SINGLE_QUOTE_CLOSE.search(inner) is None


def is_lone_epigraph(para: str) -> bool:
    """Return whether a paragraph could be an epigraph without an attribution: one line,
    wholly one quotation (``is_quoted_line``) of one or two sentences ending in a full stop,
    at most ``MAX_LONE_EPIGRAPH_CHARS`` long. A question, an exclamation, or speech broken
    off ("—", "…", ",") is read as someone speaking instead."""
    if len(para) > MAX_LONE_EPIGRAPH_CHARS or "\n" in para or not is_quoted_line(para):
        return False
    if has_inline_attribution(para):
        return False
    inner = para.strip("*_ ")[1:-1].rstrip("*_")
    return (
        inner.endswith(".")
        and not inner.endswith("..")
        and (len(_SENTENCE_INSIDE.findall(inner)) <= 1)
    )


def opens_narration(para: str) -> bool:
    """Return whether a paragraph is narration that neither answers nor carries on a line of
    dialogue standing above it: it opens on a capital letter (not a quotation, a dash or a
    lower-case speech tag such as "says Miss Pole"), and its first sentence holds no
    quotation and opens (first ``REACTION_WORDS`` words) on no reply or reaction ("said",
    "answered", "nodded", "laughed", …)."""
    head = para.lstrip("*_ ")
    if not head[:1].isupper() or is_quoted_line(para):
        return False
    first = _FIRST_SENTENCE.match(head)
    sentence = first.group() if first else head
    opening = " ".join(sentence.split()[:REACTION_WORDS])
    return not any(q in sentence for q in DOUBLE_MARKS) and _REACTION.search(opening) is None


# A bare saying (no quotation marks, no attribution) is at most this long, in at most this
# many sentences.
MAX_BARE_SAYING_CHARS = 300
MAX_BARE_SAYING_SENTENCES = 3
_SAYING_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)")
# What a saying does not hold: the writer's or a narrator's "I", "you" or "we" (a story told
# in the first or second person), someone in particular ("she", but "he who" is a saying's),
# or the here and now of a scene ("tonight", "then", "there is").
_NOT_A_SAYING = compile_fast(
    r"\b(?:i|me|my|i['’]m|i['’]ve|i['’]d|i['’]ll|you|your|yourself|we|us|our|"
    r"tonight|today|yesterday|tomorrow|now|then|afterwards|there\s+(?:is|are)|"
    r"this\s+(?:morning|evening|afternoon|year|time)|(?:he|she|they)(?!\s+who\b)|"
    r"him|her|his|hers|them|their)\b",
    re.IGNORECASE,
)
# A saying's present: a common verb or a modal, or a verb in "-s" after a pronoun ("it keeps",
# "nobody comes").
_PRESENT_VERB = compile_fast(
    r"\b(?:is|are|isn['’]t|aren['’]t|has|have|does|do|don['’]t|doesn['’]t|will|won['’]t|must|"
    r"shall|may|can|can['’]t|cannot|never)\b|\b(?:it|who|that|one|nobody|everyone|everything|"
    r"nothing|someone|something)\s+[a-z]{2,}s\b",
    re.IGNORECASE,
)
# A saying whose only present is one after a noun has at least this many words ("Grey skies
# over the harbour." is a fragment of scene).
MIN_NOUN_VERB_WORDS = 7
# A saying's present after a noun ("the sea keeps", "water runs"): a word in "-s" after a
# lower-case word that is no determiner or preposition.
_NOUN_VERB = re.compile(r"\b([a-z]+)\s+([a-z]{3,}[^su'’\s]s)\b")
_NOT_NOUN = frozenset(
    """the a an all some any many few these those this that its our your every no each of in
    on to for from with by at into over under and or but as""".split()
)


def is_bare_saying(para: str) -> bool:
    """Return whether a paragraph reads as a saying with no quotation marks or attribution
    ("The sea keeps what it takes.", "All roads lead down to the water, and the water gives
    nothing back."): one line of at most ``MAX_BARE_SAYING_CHARS`` characters and
    ``MAX_BARE_SAYING_SENTENCES`` sentences, opening on a capital and ending in a full stop,
    no quotation mark, no name (``note_blurbs.names_in``), timeless: a present form or a modal
    and no past form, no "I", "you" or "we", no "he/she/they" but "he who", no "tonight",
    "then" or "there is"."""
    s = para.strip(" *_")
    if len(s) > MAX_BARE_SAYING_CHARS or "\n" in s or not s[:1].isupper() or s[-1:] != ".":
        return False
    if any(q in s for q in '"“”‘') or s.endswith("..") or _NOT_A_SAYING.search(s):
        return False
    if len(_SAYING_SENTENCE_END.findall(s)) > MAX_BARE_SAYING_SENTENCES or names_in(s):
        return False
    if tenses_of(s)[1]:
        return False
    if _PRESENT_VERB.search(s) is not None:
        return True
    return len(s.split()) >= MIN_NOUN_VERB_WORDS and _noun_verb(s)


def _noun_verb(s: str) -> bool:
    """Return whether ``s`` holds a present in "-s" after a noun (``_NOUN_VERB``)."""
    return any(
        m.group(1) not in _NOT_NOUN and m.group(2) not in PRESENT_S_NOT_VERB
        for m in _NOUN_VERB.finditer(s)
    )


def is_attribution(para: str, max_words: int = MAX_SOURCE_WORDS) -> bool:
    """Return whether a paragraph is an epigraph attribution line ("— Name", "- Name, Book")
    of at most ``max_words`` words (``MAX_QUOTED_SOURCE_WORDS`` under a quoted line: "—
    something my nan used to say when the boats were late, up on the north coast")."""
    m = _ATTRIBUTION_LINE.match(para)
    return m is not None and _source_like(m.group("source"), max_words)


def is_unquoted_epigraph(para: str) -> bool:
    """Return whether a paragraph is a short saying without quotation marks that ends in its
    own attribution after a finished sentence ("Keep the names. — a saying of the wolves",
    "Run swift. -- The Law of the Jungle"): at most ``MAX_UNQUOTED_EPIGRAPH_WORDS`` words,
    of one line or of short lines."""
    if len(para) > 600 or len(para.split()) > MAX_UNQUOTED_EPIGRAPH_WORDS:
        return False
    m = _UNQUOTED_EPIGRAPH.search(para)
    return m is not None and _source_like(m.group("source"))


def has_inline_attribution(para: str) -> bool:
    """Return whether a quoted line ends with its own attribution ('"…" — Name')."""
    m = _INLINE_ATTRIBUTION.search(para)
    return m is not None and _source_like(m.group("source"))


def _source_like(source: str, max_words: int = MAX_SOURCE_WORDS) -> bool:
    """Return whether an attribution names a source ("Calliope", "J. M. Barrie, Peter Pan")
    rather than carrying on a sentence ("I love my garden.")."""
    words = source.split()
    if len(words) > max_words:
        return False
    last = words[-1].rstrip("*_")
    return last[-1:] not in ".!?" or last[:1].isupper() or last[:1].isdigit()


# --- verse without quotation marks or attribution ----------------------------------------------

# A verse epigraph is this many short lines in one or two stanzas (right after other front
# matter), each stanza at least MIN_STANZA_LINES lines.
MIN_VERSE_LINES = 3
MAX_VERSE_LINES = 8
MIN_STANZA_LINES = 2
MAX_VERSE_LINE_CHARS = 60
# A line of dialogue: opening on a dash, or on a speaker's label as in a chat log ("Maren: where").
_LINE_OPENING_DIALOGUE = re.compile(r"^[*_]*(?:[-–—]|[A-Z][\w.' ]{0,24}:\s)")


def is_verse_stanza(lines: list[str]) -> bool:
    """Return whether the lines of one block could be a stanza of verse: at least
    ``MIN_STANZA_LINES`` lines of at most ``MAX_VERSE_LINE_CHARS`` characters, none holding a
    double quotation mark or opening on a dash or a speaker's label (dialogue, a chat log)."""
    if len(lines) < MIN_STANZA_LINES:
        return False
    for line in lines:
        words = line.strip("*_ ")
        if not words or len(words) > MAX_VERSE_LINE_CHARS or any(q in words for q in '"“”'):
            return False
        if _LINE_OPENING_DIALOGUE.match(words):
            return False
    return True


def is_verse(lines: list[str]) -> bool:
    """Return whether stanzas' ``lines`` together read as a verse epigraph: ``MIN_VERSE_LINES``
    to ``MAX_VERSE_LINES`` lines, at least one ending without a sentence's stop (a line of
    verse runs on: "and gives back what it likes"); short sentences each on a line of its own
    ("Day one." / "Nothing happened.") are not verse."""
    if not MIN_VERSE_LINES <= len(lines) <= MAX_VERSE_LINES:
        return False
    return not all(line.rstrip("*_ ")[-1:] in ".!?…:" for line in lines)


# --- a bracketed comment on where the lines come from -----------------------------------------

# A bracketed comment closing a paragraph, on the same line as the lines it comments on or on
# a line of its own: "(a proverb, or so the old man says)", "[Tides, ch. 3]".
_BRACKET_TAIL = re.compile(r"[*_]*[(\[](?P<comment>[^()\[\]\n]{2,160})[)\]][*_.]*$")
MAX_SOURCE_COMMENT_WORDS = 25
# Words that say where a line comes from, or who wrote it.
_SOURCE_WORD = compile_fast(
    r"\b(?:proverbs?|sayings?|songs?|poems?|poets?|poetry|ballads?|hymns?|psalms?|lyrics?|"
    r"verses?|lines?|quot(?:e|es|ed|ation|ing)|books?|novels?|plays?|films?|movies?|"
    r"episodes?|canon|original|transl\w+|paraphras\w+|misquot\w+|adapted|attributed|"
    r"anon(?:ymous)?|unknown|source|traditional|folk|rhymes?|prayers?|scripture|"
    r"my\s+own|made\s+(?:it\s+|this\s+)?up|invented|not\s+mine)\b",
    re.IGNORECASE,
)
# A citation: a part of a work and its number ("ch. 3", "Act II", "p. 41", "3:16", "S2E4").
_CITATION = compile_fast(
    r"\b(?:ch(?:ap(?:ter)?)?|pp?|page|act|sc(?:ene)?|book|bk|vol(?:ume)?|canto|stanza|"
    r"ll?|line|v(?:erse)?|ep(?:isode)?|season|part)\.?\s*(?:\d+|[IVXLC]+\b)|"
    r"\b\d+:\d+\b|\bS\d+\s*E\d+\b",
    re.IGNORECASE,
)
# What the lines before the comment end on: a finished sentence or a closing quotation mark
# (or a line of verse, "… the tide / and the salt", when the lines are written on one line).
_LINES_END = re.compile(r"(?:[.!?…][\"”'’]?|[\"”'’])[*_]*$")
MAX_COMMENTED_LINES = 4
MAX_COMMENTED_CHARS = 300
_THIRD_PERSON = frozenset("he she they".split())
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


def is_source_comment(comment: str) -> bool:
    """Return whether the words inside a bracket comment on where an epigraph comes from: a
    citation ("Tides, ch. 3", "Psalm 23:4"), or a remark with a word about a source ("a
    proverb, or so the old man says", "my own line, don't look for it in the book",
    "traditional"). A finished sentence opening on a capital letter ("(It was the only song
    she knew.)") is the story's aside, unless it is a citation."""
    words = comment.split()
    if not words or len(words) > MAX_SOURCE_COMMENT_WORDS:
        return False
    if _CITATION.search(comment):
        return True
    finished = comment.rstrip("*_ ")[-1:] in ".!?…"
    if finished and comment.lstrip("*_ ")[:1].isupper():
        return False
    return _SOURCE_WORD.search(comment) is not None


def is_source_comment_line(para: str) -> bool:
    """Return whether a paragraph is nothing but a bracketed comment on an epigraph's source
    ("(a proverb, or so the old man says)"), as an attribution line is."""
    m = _BRACKET_TAIL.match(para.strip())
    return m is not None and is_source_comment(m.group("comment"))


def ends_in_source_comment(para: str) -> bool:
    """Return whether a paragraph is a short epigraph closed by a bracketed comment on its
    source, on the same line or the next: at most ``MAX_COMMENTED_LINES`` lines and
    ``MAX_COMMENTED_CHARS`` characters before the comment, each line wholly quoted
    (``is_quoted_line``) or holding no quotation mark at all, opening on a capital letter
    or a quotation mark, the last ending on a finished sentence, a closing quotation mark,
    or (verse written on one line with " / ") anything."""
    m = _BRACKET_TAIL.search(para)
    if m is None or not is_source_comment(m.group("comment")):
        return False
    lines = [line.strip() for line in para[: m.start()].strip().splitlines() if line.strip()]
    if not lines or len(lines) > MAX_COMMENTED_LINES or sum(map(len, lines)) > MAX_COMMENTED_CHARS:
        return False
    if not lines[0].lstrip("*_")[:1].isupper() and lines[0].lstrip("*_")[:1] not in "\"“'‘":
        return False
    if not all(is_quoted_line(line) or not any(q in line for q in '"“”') for line in lines):
        return False
    if lines[0].lstrip("*_")[:1].isalpha() and _tells_past(" ".join(lines)):
        return False  # the story's own past narration, with an aside in brackets
    return _LINES_END.search(lines[-1]) is not None or " / " in lines[-1]


def _tells_past(lines: str) -> bool:
    """Return whether unquoted lines read as the story's past narration ("She hummed the
    tune again."): "he", "she" or "they" with a past form in one of the two words after it
    ("He who hesitates is lost." is a saying)."""
    words = [w.lower() for w in _WORD.findall(lines)]
    return any(
        w in _THIRD_PERSON and any(is_past_form(v) for v in words[k + 1 : k + 3])
        for k, w in enumerate(words)
    )


def is_epigraph_shaped(para: str) -> bool:
    """Return whether a paragraph already known to be front matter reads as an epigraph
    rather than an author's note: short lines wholly quoted (``is_quoted_line``), maybe with
    a bracketed comment or an attribution after them, or a short saying closed by its
    attribution (``is_unquoted_epigraph``) or by a comment on its source
    (``ends_in_source_comment``)."""
    if len(para) > MAX_COMMENTED_CHARS + 160:
        return False
    if is_unquoted_epigraph(para) or ends_in_source_comment(para):
        return True
    m = _BRACKET_TAIL.search(para)
    body = para[: m.start()] if m else para
    lines = [line.strip() for line in body.strip().splitlines() if line.strip()]
    if lines and is_attribution(lines[-1]):
        lines.pop()
    return (
        0 < len(lines) <= MAX_COMMENTED_LINES
        and sum(map(len, lines)) <= MAX_COMMENTED_CHARS
        and all(is_quoted_line(line) for line in lines)
    )
